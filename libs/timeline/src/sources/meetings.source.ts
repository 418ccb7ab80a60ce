import { TimelineKind } from '../timeline-kind';
import { TimelineSource } from '../timeline-source';

const MEETING_WORDS: Record<string, string> = {
  MARAC: 'MARAC',
  INITIAL_CP_CONFERENCE: 'initial CP conference',
  CP_REVIEW_CONFERENCE: 'CP review conference',
  CIN_REVIEW: 'CIN review',
  STRATEGY_MEETING: 'strategy meeting',
  FAMILY_GROUP_CONFERENCE: 'family group conference',
  TEAM_AROUND_THE_FAMILY: 'Team Around the Family meeting',
  MATAC: 'MATAC',
  PROFESSIONALS_MEETING: "professionals' meeting",
};
const meeting = (type: unknown) => MEETING_WORDS[String(type)] ?? String(type);
const DECISIONS: Record<string, string> = { STEP_UP: 'step up', STEP_DOWN: 'step down', CLOSE: 'close', OPEN_EPISODE: 'open an episode', OTHER: '' };

/** A long date as practitioners write it: "4 March 2025". */
function longDate(value: unknown): string {
  return new Date(`${String(value)}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * Meetings that discussed the family (only once they have started, never cancelled ones), the
 * decisions taken there, and the actions agreed and completed. A step up or down decided at a
 * meeting also shows as STEPPED_UP / STEPPED_DOWN from the journey.
 */
export const meetingSource: TimelineSource = {
  kinds: [TimelineKind.DISCUSSED_AT_MEETING, TimelineKind.MEETING_DECISION, TimelineKind.ACTION_AGREED, TimelineKind.ACTION_COMPLETED],
  sql: `
    SELECT 'DISCUSSED_AT_MEETING', 'discussed:' || ai.id, (mt.starts_at AT TIME ZONE 'UTC')::date, ai.created_at, mt.coordinator_user_id,
           ARRAY(SELECT aip.person_id FROM agenda_item_person aip WHERE aip.agenda_item_id = ai.id ORDER BY aip.scope_role, aip.person_id),
           jsonb_build_object('type', mt.type, 'reason', ai.reason_for_listing)
      FROM agenda_item ai JOIN meeting mt ON mt.id = ai.meeting_id
     WHERE ai.family_id = $1 AND mt.status <> 'CANCELLED' AND mt.starts_at <= now()
    UNION ALL
    SELECT 'MEETING_DECISION', 'decision:' || d.id, (mt.starts_at AT TIME ZONE 'UTC')::date, d.recorded_at, d.recorded_by_user_id,
           CASE WHEN d.child_id IS NULL THEN ARRAY[]::uuid[] ELSE ARRAY[d.child_id] END,
           jsonb_build_object('type', mt.type, 'kind', d.kind, 'text', d.text)
      FROM agenda_decision d JOIN agenda_item ai ON ai.id = d.agenda_item_id JOIN meeting mt ON mt.id = ai.meeting_id
     WHERE ai.family_id = $1
    UNION ALL
    SELECT 'ACTION_AGREED', 'action:' || a.id, (mt.starts_at AT TIME ZONE 'UTC')::date, a.created_at, a.created_by_user_id, ARRAY[a.subject_person_id],
           jsonb_build_object('type', mt.type, 'description', a.description, 'agency', ag.name, 'dueOn', a.due_on)
      FROM meeting_action a JOIN meeting mt ON mt.id = a.meeting_id JOIN agency ag ON ag.id = a.owning_agency_id
     WHERE a.family_id = $1
    UNION ALL
    SELECT 'ACTION_COMPLETED', 'action-done:' || a.id, a.completed_on, NULL, NULL, ARRAY[a.subject_person_id],
           jsonb_build_object('description', a.description, 'agency', ag.name)
      FROM meeting_action a JOIN agency ag ON ag.id = a.owning_agency_id
     WHERE a.family_id = $1 AND a.status = 'DONE'`,
  summary: (row, name, reader) => {
    const d = row.data;
    // The words recorded at the meeting, for readers who may have them (timeline-source.ts).
    const said = (text: unknown) => (reader.freeText ? `: ${text}.` : '.');
    switch (row.kind) {
      case TimelineKind.DISCUSSED_AT_MEETING:
        return `Discussed at ${meeting(d.type)} on ${longDate(row.occurred_on)}${said(d.reason)}`;
      case TimelineKind.MEETING_DECISION: {
        const about = row.person_ids.length ? ` for ${name(row.person_ids[0])}` : '';
        const kind = DECISIONS[String(d.kind)];
        return `${meeting(d.type)} decided${kind ? ` to ${kind}` : ''}${about}${said(d.text)}`;
      }
      case TimelineKind.ACTION_AGREED:
        return `Action agreed at ${meeting(d.type)} for ${d.agency}, about ${name(row.person_ids[0])}, due ${longDate(d.dueOn)}${said(d.description)}`;
      default:
        return `Action completed by ${d.agency}, about ${name(row.person_ids[0])}${said(d.description)}`;
    }
  },
};
