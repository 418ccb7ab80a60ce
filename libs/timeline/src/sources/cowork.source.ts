import { codeWords } from '@waymark/platform';
import { TimelineKind } from '../timeline-kind';
import { TimelineSource } from '../timeline-source';

/** 'WORK_WITH_PERSON_CAUSING_HARM' → 'Work with person causing harm'. */
const sentenceCase = (value: unknown) => {
  const words = codeWords(value);
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** 'A', 'A and B', 'A, B and C'. */
const listed = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/**
 * A DVA specialist's co-work: when it started and ended, and each piece of joint work. The note and
 * the reason never appear here (they are restricted fields); practitioners' and agencies' names are
 * not case data, and family members are named only through `name`, which hides anyone the caller
 * may not see.
 */
export const coworkSource: TimelineSource = {
  kinds: [TimelineKind.COWORK, TimelineKind.COWORK_STARTED, TimelineKind.COWORK_ENDED],
  sql: `
    SELECT 'COWORK', 'cowork:' || e.id, e.occurred_on, e.created_at, e.specialist_user_id,
           coalesce((SELECT array_agg(s.person_id ORDER BY s.first_position)
                       FROM (SELECT person_id, min(position) AS first_position FROM cowork_entry_person_seen WHERE entry_id = e.id GROUP BY person_id) s),
                    ARRAY[]::uuid[]),
           jsonb_build_object(
             'coworkKind', e.kind, 'minutes', e.duration_minutes, 'specialist', u.display_name,
             'with', coalesce((SELECT jsonb_agg(pu.display_name ORDER BY pu.display_name) FROM cowork_entry_practitioner p JOIN app_user pu ON pu.id = p.user_id WHERE p.entry_id = e.id), '[]'::jsonb)
                     || coalesce((SELECT jsonb_agg(ag.name ORDER BY ag.name) FROM cowork_entry_agency ea JOIN agency ag ON ag.id = ea.agency_id WHERE ea.entry_id = e.id), '[]'::jsonb))
      FROM cowork_entry e JOIN app_user u ON u.id = e.specialist_user_id
     WHERE e.family_id = $1
    UNION ALL
    SELECT 'COWORK_STARTED', 'cowork-started:' || a.id, a.started_on, a.created_at, a.started_by_user_id, ARRAY[]::uuid[],
           jsonb_build_object('specialist', u.display_name)
      FROM cowork_arrangement a JOIN app_user u ON u.id = a.specialist_user_id
     WHERE a.family_id = $1
    UNION ALL
    SELECT 'COWORK_ENDED', 'cowork-ended:' || a.id, a.ended_on, a.ended_at, a.ended_by_user_id, ARRAY[]::uuid[],
           jsonb_build_object('specialist', u.display_name)
      FROM cowork_arrangement a JOIN app_user u ON u.id = a.specialist_user_id
     WHERE a.family_id = $1 AND a.ended_on IS NOT NULL`,
  summary: (row, name) => {
    if (row.kind === TimelineKind.COWORK_STARTED) return `Co-work with DVA specialist ${row.data.specialist} started.`;
    if (row.kind === TimelineKind.COWORK_ENDED) return `Co-work with DVA specialist ${row.data.specialist} ended.`;
    const others = row.data.with as string[];
    const seen = row.person_ids.map((id) => name(id));
    return (
      `${sentenceCase(row.data.coworkKind)} by ${row.data.specialist}${others.length ? ` with ${listed(others)}` : ''}` +
      `${seen.length ? `: saw ${listed(seen)}` : ''} (${row.data.minutes} min).`
    );
  },
};
