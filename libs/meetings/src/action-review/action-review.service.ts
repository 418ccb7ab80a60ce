import { Injectable } from '@nestjs/common';
import { abilityOf, applyAccessFilter, assertCan } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { BadUserInputError, ConflictError, NotFoundError, RequestContext, today, TransactionalConnection } from '@waymark/platform';
import { MeetingActionEntity } from '../actions/meeting-action.entity';
import { ActionStatus, MeetingType, meetingDate } from '../meeting-kinds';
import { MeetingService } from '../meetings/meeting.service';
import { ActionReviewOutcome as Outcome } from './action-review-outcome';
import { ActionReviewEntity } from './action-review.entity';
import { ActionReviewCaseModel } from './action-review.model';
import { ReviewActionInput } from './dto/review-action.input';

/**
 * Actions that come up for review at a MARAC: for each case on its agenda, those agreed at earlier
 * MARACs of the same organising agency that were still open when it met (the previous MARAC's, and
 * any carried over), plus those it has already reviewed.
 */
const FOR_REVIEW = `
  SELECT a.id AS "actionId", i.id AS "agendaItemId",
         coalesce((SELECT u.display_name FROM app_user u WHERE u.id = a.owner_user_id), a.external_owner_name) AS "ownerName",
         (SELECT ag.name FROM agency ag WHERE ag.id = a.owning_agency_id) AS "owningAgencyName", earlier.id AS "agreedAtMeetingId", (earlier.starts_at AT TIME ZONE 'UTC')::date::text AS "agreedOn"
    FROM meeting m
    JOIN agenda_item i ON i.meeting_id = m.id
    JOIN meeting_action a ON a.family_id = i.family_id
    JOIN meeting earlier ON earlier.id = a.meeting_id
   WHERE m.id = $1 AND earlier.type = 'MARAC' AND earlier.organising_agency_id = m.organising_agency_id
     AND earlier.starts_at < m.starts_at AND earlier.status <> 'CANCELLED'
     AND (a.status = 'OPEN' OR EXISTS (SELECT 1 FROM action_review r WHERE r.action_id = a.id AND r.meeting_id = m.id))`;

@Injectable()
export class ActionReviewService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly meetings: MeetingService,
  ) {}

  /** The review list for a meeting the caller may read; the actions by their own read rule (and text by the victim-side rule). */
  async forMeeting(ctx: RequestContext, meetingId: string): Promise<ActionReviewCaseModel[]> {
    const meeting = await this.meetings.get(ctx, meetingId);
    const manager = this.db.manager(ctx);
    const rows: Array<{ actionId: string; agendaItemId: string; agreedAtMeetingId: string; agreedOn: string; ownerName: string; owningAgencyName: string }> =
      await manager.query(FOR_REVIEW, [meeting.id]);
    const items: Array<{ id: string; position: number; familyName: string }> = await manager.query(
      `SELECT i.id, i.position, f.name AS "familyName" FROM agenda_item i JOIN family f ON f.id = i.family_id WHERE i.meeting_id = $1 ORDER BY i.position`,
      [meeting.id],
    );
    const actionIds = rows.map((row) => row.actionId);
    const query = this.db.repository(ctx, MeetingActionEntity).createQueryBuilder('action').where('action.id = ANY(:ids::uuid[])', { ids: actionIds });
    applyAccessFilter(query, abilityOf(ctx), 'read', 'MeetingAction');
    const actions = new Map((actionIds.length ? await query.getMany() : []).map((a) => [a.id, a]));
    const reviews = new Map((await this.db.repository(ctx, ActionReviewEntity).findBy({ meetingId: meeting.id })).map((review) => [review.actionId, review]));
    return items.map((item) => ({
      agendaItemId: item.id,
      position: item.position,
      familyName: item.familyName,
      actions: rows
        .filter((row) => row.agendaItemId === item.id && actions.has(row.actionId))
        .map((row) => ({
          action: actions.get(row.actionId)!,
          agreedAtMeetingId: row.agreedAtMeetingId,
          agreedOn: row.agreedOn,
          ownerName: row.ownerName,
          owningAgencyName: row.owningAgencyName,
          review: reviews.get(row.actionId) ?? null,
        }))
        .sort((a, b) => a.agreedOn.localeCompare(b.agreedOn) || a.action.dueOn.localeCompare(b.action.dueOn)),
    }));
  }

  async review(ctx: RequestContext, input: ReviewActionInput): Promise<ActionReviewEntity> {
    const meeting = await this.meetings.forChange(ctx, input.meetingId, 'record', { started: true });
    if (meeting.type !== MeetingType.MARAC) throw BadUserInputError.field('meetingId', 'actions are reviewed at a MARAC');
    const [due]: Array<{ agreedOn: string }> = await this.db.manager(ctx).query(`${FOR_REVIEW} AND a.id = $2`, [meeting.id, input.actionId]);
    if (!due) throw new NotFoundError('actionId: no action from an earlier MARAC for a case on this agenda has that id.');
    const repository = this.db.repository(ctx, MeetingActionEntity);
    const action = await repository.createQueryBuilder('action').setLock('pessimistic_write').where('action.id = :id', { id: input.actionId }).getOneOrFail();
    await assertCan(ctx, 'read', 'MeetingAction', action, 'You have no involvement with this action.');
    if (await this.db.repository(ctx, ActionReviewEntity).existsBy({ meetingId: meeting.id, actionId: action.id }))
      throw new ConflictError('This action has already been reviewed at this meeting.');
    if (action.status !== ActionStatus.OPEN) throw new ConflictError(`This action is already ${action.status.toLowerCase()} (${action.completedOn}).`);
    const heldOn = [meetingDate(meeting.startsAt), today()].sort()[0];
    const { completedOn, newDueOn, note } = this.assertOutcome(input, due.agreedOn, meetingDate(meeting.startsAt));

    const previousDueOn = action.dueOn;
    if (input.outcome === Outcome.STILL_OPEN) action.dueOn = newDueOn!;
    else {
      action.status = input.outcome === Outcome.DONE ? ActionStatus.DONE : ActionStatus.CANCELLED;
      action.completedOn = completedOn ?? heldOn;
      action.completionNote = note ?? `Reviewed at ${meeting.title}: done.`;
    }
    await repository.save(action);
    const review = await this.db.repository(ctx, ActionReviewEntity).save({
      meetingId: meeting.id,
      actionId: action.id,
      organisingAgencyId: meeting.organisingAgencyId,
      owningAgencyId: action.owningAgencyId,
      outcome: input.outcome,
      previousDueOn,
      newDueOn,
      completedOn: input.outcome === Outcome.DONE ? action.completedOn : null,
      note,
      reviewedByUserId: ctx.actor!.userId,
    });
    await this.audit.record(ctx, {
      action: 'meeting_action.review',
      subjectType: 'Meeting',
      subjectId: meeting.id,
      familyId: action.familyId,
      detail: { actionId: action.id, reviewId: review.id, outcome: input.outcome },
    });
    return review;
  }

  /** Each outcome takes only its own details: a new date for STILL_OPEN, a completion date for DONE, and a reason when not done. */
  private assertOutcome(
    input: ReviewActionInput,
    agreedOn: string,
    heldOn: string,
  ): { completedOn: string | null; newDueOn: string | null; note: string | null } {
    const note = input.note?.trim() || null;
    if (input.outcome !== Outcome.STILL_OPEN && input.newDueOn) throw BadUserInputError.field('newDueOn', 'only for an action still open');
    if (input.outcome !== Outcome.DONE && input.completedOn) throw BadUserInputError.field('completedOn', 'only for an action that was done');
    if (input.outcome === Outcome.STILL_OPEN) {
      if (!input.newDueOn) throw BadUserInputError.field('newDueOn', 'give the new date an action still open is due');
      if (input.newDueOn < heldOn) throw BadUserInputError.field('newDueOn', `is before this meeting (${heldOn})`);
    }
    if (input.completedOn) {
      if (input.completedOn > today()) throw BadUserInputError.field('completedOn', 'cannot be in the future');
      if (input.completedOn < agreedOn) throw BadUserInputError.field('completedOn', `is before the MARAC that agreed it (${agreedOn})`);
    }
    if ((input.outcome === Outcome.NOT_DONE_AGENCY_DID_NOT_ACT || input.outcome === Outcome.NOT_DONE_CIRCUMSTANCES_CHANGED) && !note)
      throw BadUserInputError.field('note', 'say why the action was not done');
    return { completedOn: input.completedOn ?? null, newDueOn: input.newDueOn ?? null, note };
  }
}
