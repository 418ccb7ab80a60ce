import { SignalSettingKey as S } from '../settings/signal-settings';
import { AS_OF, evidence, inScope, monthsBeforeAsOf, setting, SignalDefinition } from '../signal-definition';
import { SignalKind } from '../signal-kinds';
import { count, list, sentence } from '../explanation';

/**
 * REVOLVING_DOOR, the child's episodes (docs/domain.md §4.2): in the last REVOLVING_DOOR_TRANSITION_MONTHS at
 * least REVOLVING_DOOR_TRANSITIONS steps up or down, or in the last REVOLVING_DOOR_REOPEN_MONTHS at
 * least REVOLVING_DOOR_REOPENINGS closures each followed by a re-opening. One signal per child.
 * Also, in the last 12 months, at least RE_REFERRALS re-referrals of the child to children's social
 * care (a submitted referral within RE_REFERRAL_MONTHS of the child's previous one), or, for an
 * adult victim, a repeat MARAC referral (marked repeat when made, or within REPEAT_MARAC_MONTHS of
 * the previous). One signal per subject (child or adult victim), whichever parts hold.
 * Severity is HIGH when two parts hold, or one is well past its threshold.
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
    submitted_referral AS (
      SELECT r.id, r.family_id, r.subject_person_id, r.submitted_on, r.is_repeat_marac, s.type,
             lag(r.submitted_on) OVER (PARTITION BY r.family_id, r.subject_person_id, s.type ORDER BY r.submitted_on, r.id) AS previous_on
        FROM referral r JOIN service s ON s.id = r.service_id AND s.type IN ('CHILDRENS_SOCIAL_CARE', 'MARAC')
       WHERE ${inScope('r.family_id')} AND r.submitted_on <= ${AS_OF}
    ),
    re_referral AS (
      SELECT * FROM submitted_referral x
       WHERE x.submitted_on > (${AS_OF} - interval '12 months')::date
         AND ((x.type = 'CHILDRENS_SOCIAL_CARE' AND x.previous_on >= (x.submitted_on - make_interval(months => ${setting(S.RE_REFERRAL_MONTHS)}))::date)
           OR (x.type = 'MARAC' AND (x.is_repeat_marac OR x.previous_on >= (x.submitted_on - make_interval(months => ${setting(S.REPEAT_MARAC_MONTHS)}))::date)))
    ),
    per_child AS (
      SELECT family_id, child_id,
             count(*) FILTER (WHERE source = 'step')::int AS transitions,
             count(*) FILTER (WHERE source = 'reopening')::int AS reopenings,
             count(*) FILTER (WHERE source = 'CHILDRENS_SOCIAL_CARE')::int AS rereferrals,
             count(*) FILTER (WHERE source = 'MARAC')::int AS repeat_maracs,
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
          UNION ALL
          SELECT family_id, subject_person_id, type, submitted_on, id,
                 ${evidence('Referral', 'x.id', 'x.submitted_on', `CASE x.type WHEN 'MARAC' THEN 'Repeat MARAC referral' ELSE 'Re-referral to children''s social care' END`)}
            FROM re_referral x
        ) items
       GROUP BY family_id, child_id
    )
    SELECT p.family_id, p.child_id::text, ARRAY[p.child_id],
           CASE WHEN (p.transitions >= ${setting(S.REVOLVING_DOOR_TRANSITIONS)})::int + (p.reopenings >= ${setting(S.REVOLVING_DOOR_REOPENINGS)})::int
                     + (p.rereferrals >= ${setting(S.RE_REFERRALS)})::int + (p.repeat_maracs >= 1)::int >= 2
                  OR p.rereferrals >= ${setting(S.RE_REFERRALS)} + 1 OR p.repeat_maracs >= 2
                  OR p.transitions >= ${setting(S.REVOLVING_DOOR_TRANSITIONS)} + 2
                  OR p.reopenings >= ${setting(S.REVOLVING_DOOR_REOPENINGS)} + 1
                THEN 'HIGH' ELSE 'MEDIUM' END,
           p.evidence,
           jsonb_build_object(
             'childId', p.child_id, 'latest', p.latest,
             'transitions', p.transitions, 'transitionMonths', ${setting(S.REVOLVING_DOOR_TRANSITION_MONTHS)},
             'transitionsRaise', p.transitions >= ${setting(S.REVOLVING_DOOR_TRANSITIONS)},
             'reopenings', p.reopenings, 'reopenMonths', ${setting(S.REVOLVING_DOOR_REOPEN_MONTHS)},
             'reopeningsRaise', p.reopenings >= ${setting(S.REVOLVING_DOOR_REOPENINGS)},
             'rereferrals', p.rereferrals, 'rereferralsRaise', p.rereferrals >= ${setting(S.RE_REFERRALS)},
             'repeatMaracs', p.repeat_maracs, 'repeatMaracsRaise', p.repeat_maracs >= 1)
      FROM per_child p
     WHERE p.transitions >= ${setting(S.REVOLVING_DOOR_TRANSITIONS)} OR p.reopenings >= ${setting(S.REVOLVING_DOOR_REOPENINGS)}
        OR p.rereferrals >= ${setting(S.RE_REFERRALS)} OR p.repeat_maracs >= 1`,

  explain(facts, say) {
    const child = say.name(facts.childId);
    const parts: string[] = [];
    if (facts.transitionsRaise)
      parts.push(`${count(facts.transitions, 'step')} up or down between levels in the last ${count(facts.transitionMonths, 'month')}`);
    if (facts.reopeningsRaise) parts.push(`${count(facts.reopenings, 'closure')} followed by a re-opening in the last ${count(facts.reopenMonths, 'month')}`);
    const clauses = parts.length ? [`${child}'s case has had ${list(parts)}`] : [];
    if (facts.rereferralsRaise)
      clauses.push(`${child} has been re-referred to children's social care ${count(facts.rereferrals, 'time')} in the last 12 months`);
    if (facts.repeatMaracsRaise) clauses.push(`${child} has had ${count(facts.repeatMaracs, 'repeat MARAC referral')} in the last 12 months`);
    return sentence([`${list(clauses)}, most recently on ${say.date(facts.latest)}`]);
  },
};
