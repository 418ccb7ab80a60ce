import { codeWords, count, sentence } from '../explanation';
import { AS_OF, evidence, SignalDefinition } from '../signal-definition';
import { SignalKind } from '../signal-kinds';
import { FAMILY_MEETINGS } from './shared-sql';

/**
 * INTERPRETER_GAP (docs/domain.md §4.11): someone in scope at a meeting about the family needs an interpreter
 * and none was recorded as provided for them (false, or nothing recorded). One signal per person,
 * about the latest meeting they were in scope at: it resolves when a later meeting provides one, so
 * the worklist shows who is still unheard, not every meeting since; the facts count the others
 * without one in the last 12 months. HIGH when it has happened at two or more meetings in that time.
 * Whether a person needed an interpreter is read as it stood on the meeting's day (person_fact history).
 */
export const interpreterGap: SignalDefinition = {
  kind: SignalKind.INTERPRETER_GAP,
  sql: `
    WITH in_scope AS (
      SELECT m.family_id, m.item_id, m.meeting_id, m.meeting_on, m.meeting_type, sp.person_id,
             coalesce(p.interpreter_provided, false) AS provided
        FROM (${FAMILY_MEETINGS}) m
        JOIN agenda_item_person sp ON sp.agenda_item_id = m.item_id
        JOIN person pe ON pe.id = sp.person_id AND person_interpreter_needed_on(pe.id, m.meeting_on)
        LEFT JOIN participation p ON p.agenda_item_id = m.item_id AND p.person_id = sp.person_id
    ),
    latest AS (
      SELECT DISTINCT ON (family_id, person_id) * FROM in_scope ORDER BY family_id, person_id, meeting_on DESC, meeting_id DESC
    ),
    gaps AS (
      SELECT family_id, person_id, count(*)::int AS gaps_in_year
        FROM in_scope WHERE NOT provided AND meeting_on > (${AS_OF} - interval '12 months')::date
       GROUP BY family_id, person_id
    )
    SELECT l.family_id, l.person_id::text, ARRAY[l.person_id],
           CASE WHEN coalesce(g.gaps_in_year, 0) >= 2 THEN 'HIGH' ELSE 'MEDIUM' END,
           jsonb_build_array(${evidence('Meeting', 'l.meeting_id', 'l.meeting_on', `'No interpreter recorded at ' || l.meeting_type`)}),
           jsonb_build_object('personId', l.person_id, 'meetingOn', l.meeting_on, 'meetingType', l.meeting_type, 'gapsInYear', coalesce(g.gaps_in_year, 0))
      FROM latest l LEFT JOIN gaps g ON g.family_id = l.family_id AND g.person_id = l.person_id
     WHERE NOT l.provided`,

  explain(facts, say) {
    return sentence([
      `${say.name(facts.personId)} needs an interpreter but none was recorded at the ${codeWords(facts.meetingType)} on ${say.date(facts.meetingOn)}`,
      facts.gapsInYear > 1 ? `${count(facts.gapsInYear, 'meeting')} without one in the last 12 months` : null,
    ]);
  },
};
