import { count, list, sentence } from '../explanation';
import { SignalSettingKey as S } from '../settings/signal-settings';
import { AS_OF, evidence, inScope, setting, SignalDefinition } from '../signal-definition';
import { SignalKind } from '../signal-kinds';
import { meetingDate } from './shared-sql';

/**
 * RESPONSIBILITY_ON_VICTIM (docs/domain.md §4.6). "The open plan" is every action agreed at a meeting about
 * the family (agreed on or before the evaluation date) still open on that date: not done or
 * cancelled by then. Among its actions whose subject is an adult (in scope at the item as anything
 * but a child), at least RESPONSIBILITY_ON_VICTIM_PERCENT % are about an adult victim, and none is
 * about a person causing harm. One signal per family. HIGH when every adult action is on the victim.
 */
export const responsibilityOnVictim: SignalDefinition = {
  kind: SignalKind.RESPONSIBILITY_ON_VICTIM,
  sql: `
    WITH open_action AS (
      SELECT a.id, a.family_id, a.subject_person_id, a.due_on, ${meetingDate('m')} AS agreed_on, sp.scope_role
        FROM meeting_action a JOIN meeting m ON m.id = a.meeting_id
        JOIN agenda_item_person sp ON sp.agenda_item_id = a.agenda_item_id AND sp.person_id = a.subject_person_id
       WHERE ${inScope('a.family_id')} AND ${meetingDate('m')} <= ${AS_OF}
         AND (a.completed_on IS NULL OR a.completed_on > ${AS_OF}) AND sp.scope_role <> 'CHILD'
    ),
    per_family AS (
      SELECT family_id, count(*)::int AS adult_actions,
             count(*) FILTER (WHERE scope_role = 'ADULT_VICTIM')::int AS victim_actions,
             count(*) FILTER (WHERE scope_role = 'PERSON_CAUSING_HARM')::int AS causing_actions,
             ARRAY(SELECT DISTINCT x FROM unnest(array_agg(subject_person_id) FILTER (WHERE scope_role = 'ADULT_VICTIM')) AS x ORDER BY x) AS victim_ids,
             jsonb_agg(${evidence('MeetingAction', 'id', 'agreed_on', `'Open action about the adult victim, due ' || due_on`)} ORDER BY agreed_on, id)
               FILTER (WHERE scope_role = 'ADULT_VICTIM') AS evidence
        FROM open_action GROUP BY family_id
    )
    SELECT family_id, 'plan', victim_ids,
           CASE WHEN victim_actions = adult_actions THEN 'HIGH' ELSE 'MEDIUM' END,
           evidence,
           jsonb_build_object('victimIds', victim_ids, 'victimActions', victim_actions, 'adultActions', adult_actions,
                              'percent', (100 * victim_actions / adult_actions))
      FROM per_family
     WHERE causing_actions = 0 AND victim_actions > 0
       AND 100 * victim_actions >= ${setting(S.RESPONSIBILITY_ON_VICTIM_PERCENT)} * adult_actions`,

  explain(facts, say) {
    const victims = list((facts.victimIds as string[]).map((id) => say.name(id)));
    return sentence([
      `${facts.victimActions} of the ${count(facts.adultActions, 'open action')} about adults in the family's plan (${facts.percent}%) fall on ${victims}`,
      'none is about the person causing harm',
    ]);
  },
};
