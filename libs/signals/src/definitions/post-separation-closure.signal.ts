import { codeWords, count, levelWords, list, sentence } from '../explanation';
import { SignalSettingKey as S } from '../settings/signal-settings';
import { AS_OF, evidence, inScope, Say, setting, SignalDefinition } from '../signal-definition';
import { SignalKind } from '../signal-kinds';
import { couple } from './shared-sql';

/**
 * POST_SEPARATION_CLOSURE (docs/domain.md §4.3): a child's episode closed or stepped down within
 * POST_SEPARATION_CLOSURE_DAYS after a recorded separation, or after a person causing harm left the
 * household, or closed giving "parents separated" / "person causing harm left" as the reason; AND
 * at least one aggravating condition. One signal per closure or step down (subject: the transition).
 * It stays open until a post-separation review covers it or a new episode opens for the child.
 * HIGH when two or more aggravating conditions hold.
 */
export const postSeparationClosure: SignalDefinition = {
  kind: SignalKind.POST_SEPARATION_CLOSURE,
  sql: `
    WITH ended AS (
      SELECT e.family_id, e.child_id, e.id AS episode_id, t.id AS transition_id, t.kind, t.from_level, t.to_level, t.occurred_on,
             CASE WHEN t.kind = 'CLOSE' THEN e.closure_sub_reason END AS sub_reason
        FROM episode e JOIN episode_transition t ON t.episode_id = e.id
       WHERE ${inScope('e.family_id')} AND t.kind IN ('CLOSE', 'STEP_DOWN') AND t.occurred_on <= ${AS_OF}
    ),
    -- Closures no post-separation review covers and no new episode for the child has superseded:
    -- filtered first, so the nearest separation is sought for fewer transitions.
    standing AS (
      SELECT x.* FROM ended x
       WHERE NOT EXISTS (SELECT 1 FROM post_separation_review r
                          WHERE r.family_id = x.family_id AND (r.episode_id IS NULL OR r.episode_id = x.episode_id)
                            AND r.reviewed_on >= x.occurred_on AND r.reviewed_on <= ${AS_OF})
         AND NOT EXISTS (SELECT 1 FROM episode n
                          WHERE n.family_id = x.family_id AND n.child_id = x.child_id AND n.id <> x.episode_id
                            AND n.opened_on >= x.occurred_on AND n.opened_on <= ${AS_OF})
    ),
    -- The couple of a separation is looked up (in live) only for the separation chosen.
    separation AS (
      SELECT c.family_id, c.id, 'CoupleStatusEvent' AS type, c.occurred_on, 'SEPARATION' AS kind, c.relationship_id, NULL::uuid AS person_id
        FROM couple_status_event c
       WHERE ${inScope('c.family_id')} AND c.status = 'SEPARATED' AND c.occurred_on <= ${AS_OF}
      UNION ALL
      SELECT m.family_id, m.id, 'FamilyMembership', m.left_on, 'PERSON_CAUSING_HARM_LEFT', NULL, m.person_id
        FROM family_membership m
       WHERE ${inScope('m.family_id')} AND m.left_on <= ${AS_OF}
         AND EXISTS (SELECT 1 FROM harm_relationship h
                      WHERE h.family_id = m.family_id AND h.person_causing_harm_id = m.person_id AND h.recorded_on <= ${AS_OF})
    ),
    nearest_separation AS (
      SELECT DISTINCT ON (x.transition_id) x.transition_id, s.id, s.type, s.occurred_on, s.kind, s.relationship_id, s.person_id
        FROM standing x JOIN separation s ON s.family_id = x.family_id
         AND s.occurred_on <= x.occurred_on AND s.occurred_on >= x.occurred_on - ${setting(S.POST_SEPARATION_CLOSURE_DAYS)}
       ORDER BY x.transition_id, s.occurred_on DESC, s.kind = 'SEPARATION' DESC, s.id
    ),
    live AS (
      SELECT x.*, n.id AS trigger_id, n.type AS trigger_type, n.occurred_on AS trigger_on, n.kind AS trigger_kind,
             CASE n.kind WHEN 'SEPARATION' THEN ${couple('n.relationship_id')} WHEN 'PERSON_CAUSING_HARM_LEFT' THEN ARRAY[n.person_id] END
               AS trigger_person_ids
        FROM standing x LEFT JOIN nearest_separation n ON n.transition_id = x.transition_id
       WHERE n.id IS NOT NULL OR x.sub_reason IN ('PARENTS_SEPARATED', 'PERSON_CAUSING_HARM_LEFT')
    ),
    -- Aggravating: a child of the family has contact with a person causing harm, going on at or after the closure.
    contact AS (
      SELECT t.transition_id,
             jsonb_agg(jsonb_build_object('childId', c.child_id, 'personCausingHarmId', c.person_causing_harm_id, 'arrangement', c.arrangement, 'startedOn', c.started_on)
                       ORDER BY c.started_on, c.id) AS contacts,
             jsonb_agg(${evidence('ChildContact', 'c.id', 'c.started_on', `initcap(replace(c.arrangement, '_', ' ')) || ' contact'`)} ORDER BY c.started_on, c.id) AS evidence,
             array_agg(c.child_id) || array_agg(c.person_causing_harm_id) AS person_ids
        FROM live t JOIN child_contact c ON c.family_id = t.family_id
       WHERE c.started_on <= ${AS_OF} AND (c.ended_on IS NULL OR c.ended_on >= t.occurred_on)
       GROUP BY t.transition_id
    ),
    -- Aggravating: the couple separated and reconciled before (a reconciliation on or before the closure).
    last_reconciliation AS (
      SELECT DISTINCT ON (t.transition_id) t.transition_id, c.id, c.occurred_on, c.relationship_id
        FROM live t JOIN couple_status_event c ON c.family_id = t.family_id AND c.status = 'RECONCILED' AND c.occurred_on <= t.occurred_on
       ORDER BY t.transition_id, c.occurred_on DESC, c.id
    ),
    reconciliation AS (
      SELECT l.transition_id, l.id, l.occurred_on, ${couple('l.relationship_id')} AS person_ids FROM last_reconciliation l
    ),
    -- Aggravating: the last DASH for a victim in the family, on or before the closure, was high risk.
    last_dash AS (
      SELECT DISTINCT ON (t.transition_id, d.victim_person_id) t.transition_id, d.id, d.assessed_on, d.score, d.judgement, d.victim_person_id
        FROM live t JOIN risk_assessment d ON d.family_id = t.family_id AND d.assessed_on <= t.occurred_on
       ORDER BY t.transition_id, d.victim_person_id, d.assessed_on DESC, d.recorded_at DESC, d.id DESC
    ),
    high_dash AS (
      SELECT DISTINCT ON (transition_id) transition_id, id, assessed_on, score, judgement, victim_person_id
        FROM last_dash WHERE score >= ${setting(S.DASH_HIGH_RISK_SCORE)} OR judgement = 'HIGH'
       ORDER BY transition_id, score DESC, assessed_on DESC, id
    ),
    -- Aggravating: a person causing harm in the family has never had a perpetrator programme referral
    -- accepted, engaged or completed (up to the evaluation date).
    unreferred AS (
      SELECT t.transition_id, array_agg(DISTINCT h.person_causing_harm_id ORDER BY h.person_causing_harm_id) AS person_ids,
             jsonb_agg(DISTINCT jsonb_build_object('personId', h.person_causing_harm_id, 'disclosure', h.disclosure)) AS people
        FROM live t JOIN harm_relationship h ON h.family_id = t.family_id AND h.recorded_on <= ${AS_OF}
       WHERE NOT EXISTS (
         SELECT 1 FROM referral r JOIN service s ON s.id = r.service_id AND s.type = 'PERPETRATOR_PROGRAMME'
           JOIN referral_status_change c ON c.referral_id = r.id AND c.to_status IN ('ACCEPTED', 'ENGAGED', 'COMPLETED') AND c.occurred_on <= ${AS_OF}
          WHERE r.family_id = t.family_id AND r.subject_person_id = h.person_causing_harm_id)
       GROUP BY t.transition_id
    )
    SELECT t.family_id, t.transition_id::text,
           ARRAY(SELECT DISTINCT p FROM unnest(ARRAY[t.child_id] || coalesce(t.trigger_person_ids, '{}') || coalesce(c.person_ids, '{}')
                                                || coalesce(rc.person_ids, '{}') || ARRAY[hd.victim_person_id] || coalesce(u.person_ids, '{}')) AS p WHERE p IS NOT NULL ORDER BY p),
           CASE WHEN (c.transition_id IS NOT NULL)::int + (rc.transition_id IS NOT NULL)::int + (hd.transition_id IS NOT NULL)::int
                     + (u.transition_id IS NOT NULL)::int >= 2 THEN 'HIGH' ELSE 'MEDIUM' END,
           jsonb_build_array(${evidence('EpisodeTransition', 't.transition_id', 't.occurred_on', `CASE t.kind WHEN 'CLOSE' THEN 'Closed' ELSE 'Stepped down from ' || t.from_level || ' to ' || t.to_level END || coalesce(' (' || t.sub_reason || ')', '')`)})
             || CASE WHEN t.trigger_id IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(jsonb_build_object('type', t.trigger_type, 'id', t.trigger_id, 'date', t.trigger_on,
                                    'label', CASE t.trigger_kind WHEN 'SEPARATION' THEN 'Separation' ELSE 'Person causing harm left the household' END)) END
             || CASE WHEN rc.id IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(${evidence('CoupleStatusEvent', 'rc.id', 'rc.occurred_on', `'Reconciliation'`)}) END
             || coalesce(c.evidence, '[]'::jsonb)
             || CASE WHEN hd.id IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(${evidence('RiskAssessment', 'hd.id', 'hd.assessed_on', `'DASH score ' || hd.score || ', judged ' || hd.judgement`)}) END,
           jsonb_build_object(
             'childId', t.child_id, 'episodeId', t.episode_id, 'transitionKind', t.kind, 'endedOn', t.occurred_on,
             'fromLevel', t.from_level, 'toLevel', t.to_level, 'subReason', t.sub_reason,
             'trigger', CASE WHEN t.trigger_id IS NULL THEN NULL
                             ELSE jsonb_build_object('kind', t.trigger_kind, 'on', t.trigger_on, 'days', t.occurred_on - t.trigger_on, 'personIds', t.trigger_person_ids) END,
             'contacts', coalesce(c.contacts, '[]'::jsonb),
             'reconciliation', CASE WHEN rc.id IS NULL THEN NULL ELSE jsonb_build_object('on', rc.occurred_on, 'personIds', rc.person_ids) END,
             'dash', CASE WHEN hd.id IS NULL THEN NULL ELSE jsonb_build_object('on', hd.assessed_on, 'score', hd.score, 'judgement', hd.judgement, 'victimId', hd.victim_person_id) END,
             'unreferred', coalesce(u.people, '[]'::jsonb))
      FROM live t
      LEFT JOIN contact c ON c.transition_id = t.transition_id
      LEFT JOIN reconciliation rc ON rc.transition_id = t.transition_id
      LEFT JOIN high_dash hd ON hd.transition_id = t.transition_id
      LEFT JOIN unreferred u ON u.transition_id = t.transition_id
     WHERE c.transition_id IS NOT NULL OR rc.transition_id IS NOT NULL OR hd.transition_id IS NOT NULL OR u.transition_id IS NOT NULL`,

  explain(facts, say) {
    return sentence([...closureConditions(facts, say), 'no post-separation review is recorded']);
  },

  conditions: (facts, say) => closureConditions(facts, say),
};

/** The closure and how soon after the separation, then each aggravating condition, as clauses. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- this signal's facts, as written by its SQL
function closureConditions(facts: Record<string, any>, say: Say): string[] {
  const child = say.name(facts.childId);
  const what = facts.transitionKind === 'CLOSE' ? 'was closed' : `was stepped down from ${levelWords(facts.fromLevel)} to ${levelWords(facts.toLevel)}`;
  const trigger = facts.trigger;
  let when: string;
  if (trigger?.kind === 'SEPARATION') {
    const couple = list((trigger.personIds as string[]).map((id) => say.name(id)));
    when = `${child}'s case ${what} ${count(trigger.days, 'day')} after ${couple}'s separation was recorded on ${say.date(trigger.on)}`;
  } else if (trigger) {
    when = `${child}'s case ${what} ${count(trigger.days, 'day')} after ${say.name(trigger.personIds[0])}, who is recorded as causing harm, left the household on ${say.date(trigger.on)}`;
  } else {
    when = `${child}'s case ${what} on ${say.date(facts.endedOn)} giving "${codeWords(facts.subReason)}" as the reason`;
  }
  const contacts = (facts.contacts as Array<Record<string, string>>).map(
    (c) =>
      `${say.name(c.childId)} has ${codeWords(c.arrangement).replace('handover only', 'handover')} contact with ${say.name(c.personCausingHarmId)} (since ${say.date(c.startedOn)})`,
  );
  const reconciled = facts.reconciliation
    ? `${list((facts.reconciliation.personIds as string[]).map((id) => say.name(id)))} separated before and reconciled on ${say.date(facts.reconciliation.on)}`
    : null;
  const dash = facts.dash
    ? `last DASH score ${facts.dash.score}${facts.dash.judgement === 'HIGH' ? ', judged high risk,' : ''} on ${say.date(facts.dash.on)}`
    : null;
  // Only people the reader may know are recorded as causing harm; one name once, whatever the disclosures.
  const unreferredIds = [
    ...new Set(
      ((facts.unreferred ?? []) as Array<{ personId: string; disclosure: string }>).filter((p) => say.mayKnowHarm(p.disclosure)).map((p) => p.personId),
    ),
  ];
  const unreferred = unreferredIds.length ? `no behaviour-change referral accepted for ${list(unreferredIds.map((id) => say.name(id)))}` : null;
  return [when, ...contacts, reconciled, dash, unreferred].filter((clause): clause is string => !!clause);
}
