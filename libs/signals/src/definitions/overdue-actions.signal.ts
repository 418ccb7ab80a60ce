import { count, sentence } from '../explanation';
import { AS_OF, evidence, inScope, SignalDefinition } from '../signal-definition';
import { SignalKind } from '../signal-kinds';
import { meetingDate } from './shared-sql';

/**
 * OVERDUE_ACTIONS (docs/domain.md §4.12): actions agreed at meetings about the family, still open on the
 * evaluation date and past their due date, while a child of the family has an open episode.
 * One signal per family. Severity: HIGH with three or more overdue, or one overdue more than 28
 * days; MEDIUM with two, or one more than 7 days overdue; otherwise LOW.
 */
export const overdueActions: SignalDefinition = {
  kind: SignalKind.OVERDUE_ACTIONS,
  sql: `
    WITH overdue AS (
      SELECT a.id, a.family_id, a.subject_person_id, a.due_on, ${AS_OF} - a.due_on AS days
        FROM meeting_action a JOIN meeting m ON m.id = a.meeting_id
       WHERE ${inScope('a.family_id')} AND ${meetingDate('m')} <= ${AS_OF}
         AND a.due_on < ${AS_OF} AND (a.completed_on IS NULL OR a.completed_on > ${AS_OF})
         AND EXISTS (SELECT 1 FROM episode e WHERE e.family_id = a.family_id AND e.opened_on <= ${AS_OF}
                                              AND (e.closed_on IS NULL OR e.closed_on > ${AS_OF}))
    ),
    per_family AS (
      SELECT family_id, count(*)::int AS n, max(days)::int AS oldest_days, min(due_on) AS oldest_due_on,
             array_agg(DISTINCT subject_person_id ORDER BY subject_person_id) AS person_ids,
             jsonb_agg(${evidence('MeetingAction', 'id', 'due_on', `'Overdue action, due ' || due_on`)} ORDER BY due_on, id) AS evidence
        FROM overdue GROUP BY family_id
    )
    SELECT family_id, 'actions', person_ids,
           CASE WHEN n >= 3 OR oldest_days > 28 THEN 'HIGH' WHEN n >= 2 OR oldest_days > 7 THEN 'MEDIUM' ELSE 'LOW' END,
           evidence,
           jsonb_build_object('count', n, 'oldestDays', oldest_days, 'oldestDueOn', oldest_due_on)
      FROM per_family`,

  explain(facts, say) {
    return sentence([
      `${count(facts.count, 'action')} agreed at meetings about this family ${facts.count === 1 ? 'is' : 'are'} overdue while the case is open`,
      `the oldest was due on ${say.date(facts.oldestDueOn)} (${count(facts.oldestDays, 'day')} ago)`,
    ]);
  },
};
