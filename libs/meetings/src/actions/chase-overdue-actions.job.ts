import { Injectable } from '@nestjs/common';
import { mayReadActionText, sideOfUsers } from '@waymark/access';
import { NotificationKind, NotificationService } from '@waymark/notifications';
import { JobHandler, JobProcessor, Schedule } from '@waymark/queue';
import { RequestContext, today, TransactionalConnection } from '@waymark/platform';
import { MEETING_TYPE_WORDS, MeetingType } from '../meeting-kinds';

export const CHASE_OVERDUE_ACTIONS_JOB = 'actions.chase-overdue';
export const CHASE_OVERDUE_ACTIONS_SCHEDULE: Schedule = { name: CHASE_OVERDUE_ACTIONS_JOB, everyMs: 24 * 3600_000, offsetMs: 7 * 3600_000 }; // daily, 07:00 UTC

interface Chased {
  id: string;
  description: string;
  subject_scope_role: string;
  due_on: string;
  chase_count: number;
  external_owner_name: string | null;
  recipient_user_id: string;
  agency_name: string;
  meeting_type: MeetingType;
  meeting_on: string;
}

/**
 * Every morning, chases each open action past its due date: its owner is notified or, for an owner
 * without an account (or no longer active), the coordinator of the meeting is asked to chase them.
 * Actions of a meeting that was cancelled are not chased.
 * Each chase is keyed by (action, run), so a redelivered run chases nothing twice, and only open
 * actions are ever chased.
 */
@Injectable()
@JobProcessor(CHASE_OVERDUE_ACTIONS_JOB)
export class ChaseOverdueActionsJob implements JobHandler<{ scheduledFor?: string }> {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly notifications: NotificationService,
  ) {}

  async handle(ctx: RequestContext, payload: { scheduledFor?: string }, jobId: string): Promise<void> {
    // The run's own date, so a late or repeated delivery chases what was overdue on the day it was due to run.
    const runOn = payload.scheduledFor?.slice(0, 10) ?? today();
    // An UPDATE answers [rows, count] through TypeORM.
    const [chased]: [Chased[], number] = await this.db.manager(ctx).query(
      `WITH inserted AS (
         INSERT INTO action_chase (action_id, run_id, chased_on)
         SELECT a.id, $1, $2::date FROM meeting_action a JOIN meeting m ON m.id = a.meeting_id
          WHERE a.status = 'OPEN' AND a.due_on < $2::date AND m.status <> 'CANCELLED'
         ON CONFLICT (action_id, run_id) DO NOTHING
         RETURNING action_id
       )
       UPDATE meeting_action a
          SET chase_count = a.chase_count + 1, last_chased_on = $2::date
         FROM inserted i, meeting m, agency ag
        WHERE a.id = i.action_id AND m.id = a.meeting_id AND ag.id = a.owning_agency_id
       RETURNING a.id, a.description, a.subject_scope_role, a.due_on::text AS due_on, a.chase_count, a.external_owner_name,
                 coalesce((SELECT u.id FROM app_user u WHERE u.id = a.owner_user_id AND u.active), m.coordinator_user_id) AS recipient_user_id,
                 ag.name AS agency_name, m.type AS meeting_type, (m.starts_at AT TIME ZONE 'UTC')::date::text AS meeting_on`,
      [jobId, runOn],
    );
    // The victim-side policy, as the API applies it: text about the adult victim never reaches anyone working with people causing harm.
    const sides = await sideOfUsers(this.db.manager(ctx), [...new Set(chased.map((a) => a.recipient_user_id))]);
    for (const action of chased) {
      const side = sides.get(action.recipient_user_id);
      const hideText = !side || !mayReadActionText(side, action.subject_scope_role);
      await this.notifications.notify(ctx, [action.recipient_user_id], this.message(action, hideText), jobId);
    }
  }

  private message(action: Chased, hideText: boolean) {
    const what = hideText ? 'An action' : `"${action.description}"`;
    const agreed = `agreed at the ${MEETING_TYPE_WORDS[action.meeting_type]} on ${action.meeting_on}`;
    const times = action.chase_count > 1 ? ` (chase ${action.chase_count})` : '';
    const body = action.external_owner_name
      ? `${what}, owned by ${action.external_owner_name} (${action.agency_name}) and ${agreed}, was due on ${action.due_on} and is still open. Please chase them and record the outcome.`
      : `${what}, ${agreed}, was due on ${action.due_on} and is still open. Please complete it, or tell the meeting's coordinator why not.`;
    return { kind: NotificationKind.ACTION_OVERDUE, title: `Overdue action${times}`, body, subjectType: 'MeetingAction', subjectId: action.id };
  }
}
