import { Injectable } from '@nestjs/common';
import { allowed } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { FamilyService } from '@waymark/families';
import { BadUserInputError, ConflictError, NotFoundError, RequestContext, today, TransactionalConnection } from '@waymark/platform';
import { CompleteCoworkFollowUpInput } from '../dto/log-cowork-entry.input';
import { CoworkEntryEntity } from './cowork-entry.entity';
import { CoworkFollowUpEntity } from './cowork-follow-up.entity';

/** Completing what was agreed at co-work: part of working with the family, so it needs 'update' on it. */
@Injectable()
export class CoworkFollowUpService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly families: FamilyService,
  ) {}

  async complete(ctx: RequestContext, input: CompleteCoworkFollowUpInput): Promise<CoworkFollowUpEntity> {
    // Locked, so two people cannot both complete it.
    const followUp = await this.db
      .repository(ctx, CoworkFollowUpEntity)
      .createQueryBuilder('followUp')
      .setLock('pessimistic_write')
      .where('followUp.id = :id', { id: input.followUpId })
      .getOne();
    const entry = followUp ? await this.db.repository(ctx, CoworkEntryEntity).findOneBy({ id: followUp.entryId }) : null;
    if (!followUp || !entry || !(await allowed(ctx, 'read', 'CoworkEntry', entry))) {
      throw new NotFoundError('followUpId: no co-work follow-up you can see has that id.');
    }
    // The case holder or a specialist co-working the family now; not one whose co-work has ended.
    await this.families.get(ctx, entry.familyId, 'update');
    if (followUp.doneOn) throw new ConflictError(`This follow-up was already done on ${followUp.doneOn}.`);
    if (input.doneOn > today()) throw BadUserInputError.field('doneOn', 'cannot be in the future');
    if (input.doneOn < entry.occurredOn) throw BadUserInputError.field('doneOn', `is before the co-work it follows (${entry.occurredOn})`);

    followUp.doneOn = input.doneOn;
    followUp.doneByUserId = ctx.actor!.userId;
    await this.db.repository(ctx, CoworkFollowUpEntity).save(followUp);
    await this.audit.record(ctx, {
      action: 'cowork.complete_follow_up',
      subjectType: 'Family',
      subjectId: entry.familyId,
      detail: { entryId: entry.id, followUpId: followUp.id },
    });
    return followUp;
  }
}
