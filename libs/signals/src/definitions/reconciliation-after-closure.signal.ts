import { count, list, sentence } from '../explanation';
import { SignalSettingKey as S } from '../settings/signal-settings';
import { AS_OF, evidence, inScope, setting, SignalDefinition } from '../signal-definition';
import { SignalKind } from '../signal-kinds';
import { couple } from './shared-sql';

/**
 * RECONCILIATION_AFTER_CLOSURE (docs/domain.md §4.4): a couple reconciled within
 * RECONCILIATION_AFTER_CLOSURE_MONTHS of a child's case being closed after their separation (the
 * couple's latest status at the closure was SEPARATED, recorded within POST_SEPARATION_CLOSURE_DAYS
 * before it, or the closure gave "parents separated" as its reason). One signal per reconciliation.
 * It resolves when every such closed case has been re-opened (a new episode for the child).
 * A new incident involving both of the pair in that window raises it too (one signal per incident).
 * HIGH when harm between the two is recorded.
 */
export const reconciliationAfterClosure: SignalDefinition = {
  kind: SignalKind.RECONCILIATION_AFTER_CLOSURE,
  sql: `
    -- The couple (person_relationship) is looked up only for the closures on separation, not for every event.
    WITH couple_event AS (
      SELECT c.id, c.family_id, c.relationship_id, c.status, c.occurred_on, c.recorded_at
        FROM couple_status_event c
       WHERE ${inScope('c.family_id')} AND c.occurred_on <= ${AS_OF}
    ),
    closure AS (
      SELECT e.family_id, e.child_id, e.id AS episode_id, e.closed_on, e.closure_sub_reason
        FROM episode e
       WHERE ${inScope('e.family_id')} AND e.closed_on <= ${AS_OF}
         AND NOT EXISTS (SELECT 1 FROM episode n
                          WHERE n.family_id = e.family_id AND n.child_id = e.child_id AND n.id <> e.id
                            AND n.opened_on >= e.closed_on AND n.opened_on <= ${AS_OF})
    ),
    status_at_closure AS (
      SELECT DISTINCT ON (cl.episode_id, ce.relationship_id) cl.*, ce.relationship_id, ce.id AS separation_id, ce.status, ce.occurred_on AS separated_on
        FROM closure cl JOIN couple_event ce ON ce.family_id = cl.family_id AND ce.occurred_on <= cl.closed_on
       ORDER BY cl.episode_id, ce.relationship_id, ce.occurred_on DESC, ce.recorded_at DESC, ce.id DESC
    ),
    closed_on_separation AS (
      SELECT s.*, s.couple[1] AS person_id, s.couple[2] AS related_person_id
        FROM (SELECT s.*, ${couple('s.relationship_id')} AS couple FROM status_at_closure s
               WHERE s.status = 'SEPARATED'
                 AND (s.closed_on - s.separated_on <= ${setting(S.POST_SEPARATION_CLOSURE_DAYS)} OR s.closure_sub_reason = 'PARENTS_SEPARATED')) s
    ),
    reconciled AS (
      SELECT r.id, 'RECONCILIATION' AS event_kind, r.family_id, r.occurred_on, cs.person_id, cs.related_person_id, cs.child_id, cs.episode_id, cs.closed_on, cs.separation_id, cs.separated_on
        FROM couple_event r JOIN closed_on_separation cs ON cs.relationship_id = r.relationship_id
       WHERE r.status = 'RECONCILED' AND r.occurred_on >= cs.closed_on
         AND r.occurred_on <= (cs.closed_on + make_interval(months => ${setting(S.RECONCILIATION_AFTER_CLOSURE_MONTHS)}))::date
      UNION ALL
      -- A new incident involving both of the pair, within the window, says they are in contact again.
      SELECT i.id, 'INCIDENT', i.family_id, i.occurred_on, cs.person_id, cs.related_person_id, cs.child_id, cs.episode_id, cs.closed_on, cs.separation_id, cs.separated_on
        FROM incident i JOIN closed_on_separation cs ON cs.family_id = i.family_id
       WHERE ${inScope('i.family_id')} AND i.occurred_on >= cs.closed_on AND i.occurred_on <= ${AS_OF}
         AND i.occurred_on <= (cs.closed_on + make_interval(months => ${setting(S.RECONCILIATION_AFTER_CLOSURE_MONTHS)}))::date
         -- Looked up per incident in the window (a few thousand): as EXISTS, both became joins that hashed every incident's people.
         AND ARRAY[cs.person_id, cs.related_person_id] <@ ARRAY(SELECT x.person_id FROM incident_person x WHERE x.incident_id = i.id)
    ),
    per_reconciliation AS (
      SELECT id, event_kind, family_id, occurred_on, person_id, related_person_id,
             max(separated_on) AS separated_on, min(closed_on) AS first_closed_on,
             jsonb_agg(jsonb_build_object('childId', child_id, 'episodeId', episode_id, 'closedOn', closed_on) ORDER BY closed_on, episode_id) AS closures,
             jsonb_agg(${evidence('Episode', 'episode_id', 'closed_on', `'Closed'`)} ORDER BY closed_on, episode_id) AS closure_evidence,
             (array_agg(separation_id ORDER BY separated_on DESC, separation_id))[1] AS separation_id,
             array_agg(child_id) AS child_ids
        FROM reconciled
       GROUP BY id, event_kind, family_id, occurred_on, person_id, related_person_id
    ),
    harm_between AS (
      SELECT p.id, bool_or(h.disclosure = 'DISCLOSED') AS disclosed
        FROM per_reconciliation p JOIN harm_relationship h ON h.family_id = p.family_id AND h.recorded_on <= ${AS_OF}
         AND ((h.person_causing_harm_id = p.person_id AND h.person_harmed_id = p.related_person_id)
           OR (h.person_causing_harm_id = p.related_person_id AND h.person_harmed_id = p.person_id))
       GROUP BY p.id
    )
    SELECT p.family_id, p.id::text,
           ARRAY(SELECT DISTINCT x FROM unnest(ARRAY[p.person_id, p.related_person_id] || p.child_ids) AS x ORDER BY x),
           CASE WHEN h.id IS NOT NULL THEN 'HIGH' ELSE 'MEDIUM' END,
           jsonb_build_array(${evidence('CoupleStatusEvent', 'p.separation_id', 'p.separated_on', `'Separation'`)})
             || p.closure_evidence
             || CASE p.event_kind WHEN 'INCIDENT' THEN jsonb_build_array(${evidence('Incident', 'p.id', 'p.occurred_on', `'Incident involving both'`)})
                ELSE jsonb_build_array(${evidence('CoupleStatusEvent', 'p.id', 'p.occurred_on', `'Reconciliation'`)}) END,
           jsonb_build_object(
             'event', p.event_kind, 'personIds', jsonb_build_array(p.person_id, p.related_person_id), 'reconciledOn', p.occurred_on, 'separatedOn', p.separated_on,
             'closures', p.closures, 'monthsAfter', (extract(year FROM age(p.occurred_on, p.first_closed_on)) * 12 + extract(month FROM age(p.occurred_on, p.first_closed_on)))::int,
             'windowMonths', ${setting(S.RECONCILIATION_AFTER_CLOSURE_MONTHS)},
             'harmDisclosure', CASE WHEN h.id IS NULL THEN NULL WHEN h.disclosed THEN 'DISCLOSED' ELSE 'SUSPECTED_NOT_DISCLOSED' END)
      FROM per_reconciliation p LEFT JOIN harm_between h ON h.id = p.id`,

  explain(facts, say) {
    const couple = list((facts.personIds as string[]).map((id) => say.name(id)));
    const closures = facts.closures as Array<{ childId: string; closedOn: string }>;
    const cases = list(closures.map((c) => `${say.name(c.childId)}'s case was closed on ${say.date(c.closedOn)}`));
    const soon = facts.monthsAfter < 1 ? 'less than a month' : count(facts.monthsAfter, 'month');
    return sentence([
      `${facts.event === 'INCIDENT' ? `An incident involving ${couple} was reported on` : `${couple} reconciled on`} ${say.date(facts.reconciledOn)}, ${soon} after ${cases} following their separation on ${say.date(facts.separatedOn)}`,
      facts.harmDisclosure && say.mayKnowHarm(facts.harmDisclosure)
        ? facts.harmDisclosure === 'DISCLOSED'
          ? 'harm between them has been disclosed'
          : 'harm between them is suspected'
        : null,
    ]);
  },
};
