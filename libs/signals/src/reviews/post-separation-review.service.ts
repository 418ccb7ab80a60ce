import { Injectable } from '@nestjs/common';
import { allowed, hasRole, Role } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { FamilyEntity } from '@waymark/families';
import { BadUserInputError, ForbiddenError, NotFoundError, RequestContext, today, TransactionalConnection } from '@waymark/platform';
import { RiskSignalEntity } from '../risk-signal.entity';
import { RiskSignalService } from '../risk-signal.service';
import { SignalKind, SignalResolution, SignalState } from '../signal-kinds';
import { RecordPostSeparationReviewInput } from './dto/record-post-separation-review.input';
import { PostSeparationReviewEntity } from './post-separation-review.entity';

export interface RecordedReview extends PostSeparationReviewEntity {
  resolvedSignals: RiskSignalEntity[];
}

/**
 * A post-separation review resolves the family's open POST_SEPARATION_CLOSURE signals for closures
 * on or before the review date. The signal's SQL leaves out closures reviewed after they happened,
 * so a later evaluation (incremental or full) keeps them resolved.
 */
@Injectable()
export class PostSeparationReviewService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly signals: RiskSignalService,
  ) {}

  async record(ctx: RequestContext, input: RecordPostSeparationReviewInput): Promise<RecordedReview> {
    const family = await this.db.repository(ctx, FamilyEntity).findOneBy({ id: input.familyId });
    if (!family || !(await this.signals.canReadFamily(ctx, family))) throw new NotFoundError('familyId: no family you can see has that id.');
    // Those who work on the family, and the managers of its agency (who approve closures); never through break-glass.
    const mayReview =
      (await allowed(ctx, 'update', 'Family', family)) || (hasRole(ctx.actor!.roles, Role.MANAGER) && (await allowed(ctx, 'allocate', 'Family', family)));
    if (!mayReview) throw new ForbiddenError("Only those working on this family, or its agency's managers, record post-separation reviews.");
    if (input.reviewedOn > today()) throw BadUserInputError.field('reviewedOn', 'cannot be in the future');
    if (input.episodeId) {
      const [episode] = await this.db.manager(ctx).query(`SELECT 1 FROM episode WHERE id = $1 AND family_id = $2`, [input.episodeId, input.familyId]);
      if (!episode) throw new NotFoundError('episodeId: this family has no episode with that id.');
    }

    await this.signals.lockAgainstEvaluation(ctx);
    const query = this.db
      .repository(ctx, RiskSignalEntity)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.familyId = :familyId AND s.kind = :kind AND s.state <> :resolved', {
        familyId: input.familyId,
        kind: SignalKind.POST_SEPARATION_CLOSURE,
        resolved: SignalState.RESOLVED,
      });
    if (input.episodeId) query.andWhere(`s.facts ->> 'episodeId' = :episodeId`, { episodeId: input.episodeId });
    const open = await query.orderBy('s.id').getMany();
    if (!open.length) {
      throw input.episodeId
        ? BadUserInputError.field('episodeId', 'this episode has no open post-separation closure signal to review')
        : BadUserInputError.field('familyId', 'this family has no open post-separation closure signal to review');
    }
    const covered = open.filter((signal) => signal.facts.endedOn <= input.reviewedOn);
    if (!covered.length) {
      const earliest = open.map((signal) => signal.facts.endedOn as string).sort()[0];
      throw BadUserInputError.field('reviewedOn', `is before the closure it reviews (${earliest})`);
    }

    const review = await this.db.repository(ctx, PostSeparationReviewEntity).save({
      familyId: input.familyId,
      episodeId: input.episodeId ?? null,
      reviewedOn: input.reviewedOn,
      outcome: input.outcome,
      note: input.note?.trim() || null,
      recordedByUserId: ctx.actor!.userId,
    });
    const resolvedAt = new Date();
    await this.db.repository(ctx, RiskSignalEntity).update(
      covered.map((signal) => signal.id),
      { state: SignalState.RESOLVED, resolution: SignalResolution.REVIEW, resolvedAt },
    );
    for (const signal of covered) Object.assign(signal, { state: SignalState.RESOLVED, resolution: SignalResolution.REVIEW, resolvedAt });
    await this.signals.recordEvent(ctx, covered, 'RESOLVED', { resolution: SignalResolution.REVIEW, reviewId: review.id });
    await this.audit.record(ctx, {
      action: 'post_separation_review.record',
      subjectType: 'Family',
      subjectId: input.familyId,
      detail: { reviewId: review.id, outcome: input.outcome, resolvedSignalIds: covered.map((signal) => signal.id) },
    });
    return { ...review, resolvedSignals: covered };
  }
}
