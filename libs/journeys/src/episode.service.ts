import { Injectable } from '@nestjs/common';
import { AuditService } from '@waymark/audit';
import { assertNotBeforeBirth, FamilyService } from '@waymark/families';
import {
  BadUserInputError,
  ConflictError,
  EntityLoader,
  ForbiddenError,
  NotFoundError,
  RequestContext,
  today,
  TransactionalConnection,
} from '@waymark/platform';
import { IsNull } from 'typeorm';
import { CloseEpisodeInput } from './dto/close-episode.input';
import { OpenEpisodeInput, StepEpisodeInput, TransitionDetails } from './dto/open-episode.input';
import { EpisodeTransitionEntity } from './episode-transition.entity';
import { DecidedAtMeeting } from './decided-at-meeting';
import { EpisodeEntity } from './episode.entity';
import { InterventionLevel, stepProblem, TransitionKind } from './intervention-level';
import { approvalRequired } from './approvals/approval.errors';
import { ApprovedByManager } from './approvals/approved-by-manager';
import { EpisodeApprovalSettingsService } from './approvals/episode-approval-settings.service';

/** What may change a journey besides the caller's own right to update the family. */
export type EpisodeAuthority = DecidedAtMeeting | ApprovedByManager;

/** An episode after a change, with the transition that records the change. */
export interface EpisodeChange {
  episode: EpisodeEntity;
  transition: EpisodeTransitionEntity;
}

/**
 * A child's journey between levels. Every change is a dated transition; an episode's level is only
 * ever changed together with the transition that explains it, and a closed episode never changes.
 */
@Injectable()
export class EpisodeService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly families: FamilyService,
    private readonly loader: EntityLoader,
    private readonly approvals: EpisodeApprovalSettingsService,
  ) {}

  async open(ctx: RequestContext, input: OpenEpisodeInput, authority?: DecidedAtMeeting): Promise<EpisodeChange> {
    await this.authorise(ctx, input.familyId, authority);
    const child = await this.families.childOf(ctx, input.familyId, input.childId);
    if (input.level === InterventionLevel.NONE) throw BadUserInputError.field('level', 'an episode opens at UNIVERSAL or above');
    await this.assertDetails(ctx, input, authority);
    assertNotBeforeBirth(child, input.occurredOn, 'occurredOn');
    const episodes = this.db.repository(ctx, EpisodeEntity);
    const open = await episodes.findOneBy({ childId: input.childId, closedOn: IsNull() });
    if (open) throw new ConflictError(`${child.givenName} already has an open episode (${open.level} since ${open.openedOn}); step it up or down instead.`);
    // The latest closure, not the latest opening: merged records can hold overlapping past episodes.
    const [previous] = await episodes.find({ where: { childId: input.childId }, order: { closedOn: 'DESC' }, take: 1 });
    if (previous?.closedOn && input.occurredOn < previous.closedOn) {
      throw BadUserInputError.field('occurredOn', `is before ${child.givenName}'s previous episode closed (${previous.closedOn})`);
    }
    const episode = await episodes.save({ familyId: input.familyId, childId: input.childId, level: input.level, openedOn: input.occurredOn, closedOn: null });
    return this.recordTransition(ctx, episode, TransitionKind.OPEN, InterventionLevel.NONE, input.level, input, authority);
  }

  stepUp(ctx: RequestContext, input: StepEpisodeInput, authority?: DecidedAtMeeting): Promise<EpisodeChange> {
    return this.step(ctx, TransitionKind.STEP_UP, input, authority);
  }

  stepDown(ctx: RequestContext, input: StepEpisodeInput, authority?: EpisodeAuthority): Promise<EpisodeChange> {
    return this.step(ctx, TransitionKind.STEP_DOWN, input, authority);
  }

  async close(ctx: RequestContext, input: CloseEpisodeInput, authority?: EpisodeAuthority): Promise<EpisodeChange> {
    const episode = await this.openEpisodeForChange(ctx, input.episodeId, input, authority);
    if (!authority) await this.assertNoApprovalNeeded(ctx, episode, 'closed');
    const from = episode.level;
    episode.closedOn = input.occurredOn;
    episode.closureReason = input.closureReason;
    episode.closureSubReason = input.closureSubReason ?? null;
    await this.db.repository(ctx, EpisodeEntity).save(episode);
    return this.recordTransition(ctx, episode, TransitionKind.CLOSE, from, InterventionLevel.NONE, input, authority);
  }

  forFamily(ctx: RequestContext, familyId: string): Promise<EpisodeEntity[]> {
    return this.loader.allBy(ctx, EpisodeEntity, 'familyId', familyId, { openedOn: 'ASC', id: 'ASC' });
  }

  transitions(ctx: RequestContext, episodeId: string): Promise<EpisodeTransitionEntity[]> {
    return this.loader.allBy(ctx, EpisodeTransitionEntity, 'episodeId', episodeId, { occurredOn: 'ASC', recordedAt: 'ASC' });
  }

  private async step(
    ctx: RequestContext,
    kind: TransitionKind.STEP_UP | TransitionKind.STEP_DOWN,
    input: StepEpisodeInput,
    authority?: EpisodeAuthority,
  ): Promise<EpisodeChange> {
    const episode = await this.openEpisodeForChange(ctx, input.episodeId, input, authority);
    const problem = stepProblem(kind, episode.level, input.toLevel);
    if (problem) throw BadUserInputError.field('toLevel', problem);
    if (kind === TransitionKind.STEP_DOWN && !authority) await this.assertNoApprovalNeeded(ctx, episode, 'stepped down');
    const from = episode.level;
    episode.level = input.toLevel;
    await this.db.repository(ctx, EpisodeEntity).save(episode);
    return this.recordTransition(ctx, episode, kind, from, input.toLevel, input, authority);
  }

  /**
   * Checks a closure or step down a practitioner proposes as if it were being made now (the caller
   * may update the family, the episode is open, the date and level are in order), writing nothing.
   */
  async checkProposal(
    ctx: RequestContext,
    kind: TransitionKind.CLOSE | TransitionKind.STEP_DOWN,
    input: CloseEpisodeInput | StepEpisodeInput,
  ): Promise<EpisodeEntity> {
    const episode = await this.openEpisodeForChange(ctx, input.episodeId, input);
    if (kind === TransitionKind.STEP_DOWN) {
      const problem = stepProblem(kind, episode.level, (input as StepEpisodeInput).toLevel);
      if (problem) throw BadUserInputError.field('toLevel', problem);
    }
    return episode;
  }

  /** The partnership may require a manager's approval to close or step down at this level: then only an approval makes it. */
  private async assertNoApprovalNeeded(ctx: RequestContext, episode: EpisodeEntity, what: 'closed' | 'stepped down'): Promise<void> {
    if (!(await this.approvals.requiresApproval(ctx, episode.level))) return;
    const [waiting] = await this.db.manager(ctx).query(`SELECT id FROM episode_change_proposal WHERE episode_id = $1 AND status = 'WAITING'`, [episode.id]);
    throw approvalRequired(what, episode.level, waiting?.id ?? null);
  }

  /** The caller may change this family's journey: they may update the family, or a meeting's (or a manager's approval's) authority covers it. */
  private async authorise(ctx: RequestContext, familyId: string, authority?: EpisodeAuthority): Promise<void> {
    if (!authority) {
      await this.families.get(ctx, familyId, 'update');
      return;
    }
    if (authority.familyId !== familyId) {
      throw new ForbiddenError(
        authority instanceof DecidedAtMeeting
          ? "This meeting's decision can only change the journey of the family it discussed."
          : 'This approval can only change the episode it was proposed for.',
      );
    }
  }

  /** Loads the episode for a change: visible, editable, still open, and the date in order. */
  private async openEpisodeForChange(ctx: RequestContext, episodeId: string, details: TransitionDetails, authority?: EpisodeAuthority): Promise<EpisodeEntity> {
    // Locked, so two changes to one episode cannot both pass the checks below.
    const episode = await this.db
      .repository(ctx, EpisodeEntity)
      .createQueryBuilder('episode')
      .setLock('pessimistic_write')
      .where('episode.id = :episodeId', { episodeId })
      .getOne();
    if (!episode) throw new NotFoundError('episodeId: no episode has that id.');
    await this.authorise(ctx, episode.familyId, authority);
    if (episode.closedOn) throw new ConflictError(`This episode was closed on ${episode.closedOn} and cannot change; open a new episode instead.`);
    await this.assertDetails(ctx, details, authority);
    const [last] = await this.db
      .repository(ctx, EpisodeTransitionEntity)
      .find({ where: { episodeId }, order: { occurredOn: 'DESC', recordedAt: 'DESC' }, take: 1 });
    if (last && details.occurredOn < last.occurredOn) {
      throw BadUserInputError.field('occurredOn', `is before the previous change to this episode (${last.occurredOn})`);
    }
    return episode;
  }

  private async assertDetails(ctx: RequestContext, details: TransitionDetails, authority?: EpisodeAuthority): Promise<void> {
    if (details.occurredOn > today()) throw BadUserInputError.field('occurredOn', 'cannot be in the future');
    // A meeting's own decision names its meeting; anyone else may name one, which must exist (a coded answer, not a foreign-key failure).
    if (details.decisionMeetingId && !authority) {
      const [found] = await this.db.manager(ctx).query(`SELECT 1 FROM meeting WHERE id = $1`, [details.decisionMeetingId]);
      if (!found) throw new NotFoundError('decisionMeetingId: no meeting has that id.');
    }
  }

  private async recordTransition(
    ctx: RequestContext,
    episode: EpisodeEntity,
    kind: TransitionKind,
    fromLevel: InterventionLevel,
    toLevel: InterventionLevel,
    details: TransitionDetails,
    authority?: EpisodeAuthority,
  ): Promise<EpisodeChange> {
    const decisionMeetingId = authority?.meetingId ?? details.decisionMeetingId ?? null;
    const transition = await this.db.repository(ctx, EpisodeTransitionEntity).save({
      episodeId: episode.id,
      kind,
      fromLevel,
      toLevel,
      occurredOn: details.occurredOn,
      decidedByUserId: ctx.actor!.userId,
      decisionMeetingId,
      reason: details.reason?.trim() || null,
    });
    await this.audit.record(ctx, {
      action: `episode.${kind.toLowerCase()}`,
      subjectType: 'Family',
      subjectId: episode.familyId,
      detail: {
        episodeId: episode.id,
        transitionId: transition.id,
        fromLevel,
        toLevel,
        ...(decisionMeetingId ? { decisionMeetingId } : {}),
        ...(authority instanceof ApprovedByManager ? { approvedProposalId: authority.proposalId } : {}),
      },
    });
    return { episode, transition };
  }
}
