import { SignalSettingKey as S } from '../settings/signal-settings';
import { AS_OF, evidence, inScope, monthsBeforeAsOf, setting, SignalDefinition } from '../signal-definition';
import { SignalKind } from '../signal-kinds';
import { count, list, sentence } from '../explanation';

/**
 * REVOLVING_DOOR, the child's episodes (DOMAIN §4): in the last REVOLVING_DOOR_TRANSITION_MONTHS at
 * least REVOLVING_DOOR_TRANSITIONS steps up or down, or in the last REVOLVING_DOOR_REOPEN_MONTHS at
 * least REVOLVING_DOOR_REOPENINGS closures each followed by a re-opening. One signal per child.
 * Severity is HIGH when both hold, or either is well past its threshold.
 * (Wave 2 adds re-referrals to CSC for the child and repeat MARAC for the adult victim.)
 */
export const revolvingDoor: SignalDefinition = {
  kind: SignalKind.REVOLVING_DOOR,
  sql: `
    WITH scoped_episode AS (
      SELECT e.id, e.family_id, e.child_id, e.opened_on, e.closed_on, e.level
        FROM episode e
       WHERE ${inScope('e.family_id')} AND e.opened_on <= ${AS_OF}
    ),
    step AS (
      SELECT e.family_id, e.child_id, t.id, t.occurred_on, t.kind, t.from_level, t.to_level
        FROM scoped_episode e JOIN episode_transition t ON t.episode_id = e.id
       WHERE t.kind IN ('STEP_UP', 'STEP_DOWN')
         AND t.occurred_on <= ${AS_OF} AND t.occurred_on >= ${monthsBeforeAsOf(S.REVOLVING_DOOR_TRANSITION_MONTHS)}
    ),
    reopening AS (
      SELECT * FROM (
        SELECT e.family_id, e.child_id, e.id, e.opened_on,
               lag(e.closed_on) OVER (PARTITION BY e.family_id, e.child_id ORDER BY e.opened_on, e.id) AS previous_closed_on
          FROM scoped_episode e
      ) x
       WHERE x.previous_closed_on >= ${monthsBeforeAsOf(S.REVOLVING_DOOR_REOPEN_MONTHS)} AND x.previous_closed_on <= x.opened_on
    ),
    per_child AS (
      SELECT family_id, child_id,
             count(*) FILTER (WHERE source = 'step')::int AS transitions,
             count(*) FILTER (WHERE source = 'reopening')::int AS reopenings,
             max(date) AS latest,
             jsonb_agg(item ORDER BY date, id) AS evidence
        FROM (
          SELECT family_id, child_id, 'step' AS source, occurred_on AS date, id,
                 ${evidence('EpisodeTransition', 's.id', 's.occurred_on', `initcap(replace(s.kind, '_', ' ')) || ' from ' || s.from_level || ' to ' || s.to_level`)} AS item
            FROM step s
          UNION ALL
          SELECT family_id, child_id, 'reopening', opened_on, id,
                 ${evidence('Episode', 'r.id', 'r.opened_on', `'Re-opened after the closure on ' || r.previous_closed_on`)}
            FROM reopening r
        ) items
       GROUP BY family_id, child_id
    )
    SELECT p.family_id, p.child_id::text, ARRAY[p.child_id],
           CASE WHEN (p.transitions >= ${setting(S.REVOLVING_DOOR_TRANSITIONS)} AND p.reopenings >= ${setting(S.REVOLVING_DOOR_REOPENINGS)})
                  OR p.transitions >= ${setting(S.REVOLVING_DOOR_TRANSITIONS)} + 2
                  OR p.reopenings >= ${setting(S.REVOLVING_DOOR_REOPENINGS)} + 1
                THEN 'HIGH' ELSE 'MEDIUM' END,
           p.evidence,
           jsonb_build_object(
             'childId', p.child_id, 'latest', p.latest,
             'transitions', p.transitions, 'transitionMonths', ${setting(S.REVOLVING_DOOR_TRANSITION_MONTHS)},
             'transitionsRaise', p.transitions >= ${setting(S.REVOLVING_DOOR_TRANSITIONS)},
             'reopenings', p.reopenings, 'reopenMonths', ${setting(S.REVOLVING_DOOR_REOPEN_MONTHS)},
             'reopeningsRaise', p.reopenings >= ${setting(S.REVOLVING_DOOR_REOPENINGS)})
      FROM per_child p
     WHERE p.transitions >= ${setting(S.REVOLVING_DOOR_TRANSITIONS)} OR p.reopenings >= ${setting(S.REVOLVING_DOOR_REOPENINGS)}`,

  explain(facts, say) {
    const child = say.name(facts.childId);
    const parts: string[] = [];
    if (facts.transitionsRaise) parts.push(`${count(facts.transitions, 'step')} up or down between levels in the last ${count(facts.transitionMonths, 'month')}`);
    if (facts.reopeningsRaise) parts.push(`${count(facts.reopenings, 'closure')} followed by a re-opening in the last ${count(facts.reopenMonths, 'month')}`);
    return sentence([`${child}'s case has had ${list(parts)}, most recently on ${say.date(facts.latest)}`]);
  },
};
