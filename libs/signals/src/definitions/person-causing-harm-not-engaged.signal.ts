import { count, sentence } from '../explanation';
import { SignalSettingKey as S } from '../settings/signal-settings';
import { AS_OF, evidence, inScope, monthsBeforeAsOf, setting, SignalDefinition } from '../signal-definition';
import { SignalKind } from '../signal-kinds';
import { DVA_FACTORS, meetingDate, TOOK_PART } from './shared-sql';

/**
 * PERSON_CAUSING_HARM_NOT_ENGAGED (docs/domain.md §4.5): a child of the family has an open Child in Need or
 * child protection episode, domestic abuse is recorded (a harm relationship, or factor 3A/3B/3C at
 * an assessment), and a person recorded as causing harm (harm relationship, DASH or incident) has,
 * in the last NOT_ENGAGED_MONTHS, none of:
 *   - a referral to a perpetrator programme submitted, accepted, engaged or completed in that time,
 *     unless it was declined or withdrawn by the date (a declined referral engages no one);
 *   - taking part in a meeting about the family (attended, in part, written views, a separate
 *     meeting, or views through an advocate: every form in which his voice reached the meeting);
 *   - being seen in a DVA co-work entry;
 *   - being seen by a practitioner (a home visit, an appointment, a session: practitioner_contact);
 *   - attending a session of his behaviour-change programme (programme_session; a missed one does not count).
 * One signal per person causing harm. HIGH when a child is on a child protection plan.
 */
export const personCausingHarmNotEngaged: SignalDefinition = {
  kind: SignalKind.PERSON_CAUSING_HARM_NOT_ENGAGED,
  sql: `
    WITH open_case AS (
      SELECT e.family_id, bool_or(e.level = 'CP_PLAN') AS cp_plan,
             (array_agg(e.id ORDER BY e.opened_on, e.id))[1] AS episode_id, min(e.opened_on) AS opened_on
        FROM episode e
       WHERE ${inScope('e.family_id')} AND e.level IN ('CIN', 'CP_PLAN') AND e.opened_on <= ${AS_OF}
         AND (e.closed_on IS NULL OR e.closed_on > ${AS_OF})
       GROUP BY e.family_id
    ),
    dva_factor AS (
      SELECT DISTINCT ON (a.family_id) a.family_id, a.id, a.assessed_on
        FROM assessment a JOIN open_case o ON o.family_id = a.family_id
       WHERE a.assessed_on <= ${AS_OF} AND a.factors && ${DVA_FACTORS}
       ORDER BY a.family_id, a.assessed_on DESC, a.id
    ),
    causing AS (
      SELECT h.family_id, h.person_causing_harm_id AS person_id, h.disclosure, 'HarmRelationship' AS type, h.id, h.recorded_on AS occurred
        FROM harm_relationship h JOIN open_case o ON o.family_id = h.family_id
       WHERE h.recorded_on <= ${AS_OF}
      UNION ALL
      SELECT r.family_id, r.person_causing_harm_id, 'DISCLOSED', 'RiskAssessment', r.id, r.assessed_on
        FROM risk_assessment r JOIN open_case o ON o.family_id = r.family_id
       WHERE r.assessed_on <= ${AS_OF}
      UNION ALL
      SELECT i.family_id, ip.person_id, 'DISCLOSED', 'Incident', i.id, i.occurred_on
        FROM incident i JOIN open_case o ON o.family_id = i.family_id
        JOIN incident_person ip ON ip.incident_id = i.id AND ip.role = 'PERSON_CAUSING_HARM'
       WHERE i.occurred_on <= ${AS_OF}
    ),
    per_person AS (
      SELECT family_id, person_id, bool_or(disclosure = 'DISCLOSED') AS disclosed, bool_or(type = 'HarmRelationship') AS harm_recorded,
             (array_agg(type ORDER BY occurred, id))[1] AS first_type, (array_agg(id ORDER BY occurred, id))[1] AS first_id, min(occurred) AS first_on
        FROM causing GROUP BY family_id, person_id
    ),
    engaged AS (
      SELECT r.family_id, r.subject_person_id AS person_id
        FROM referral r JOIN service s ON s.id = r.service_id AND s.type = 'PERPETRATOR_PROGRAMME'
        JOIN referral_status_change c ON c.referral_id = r.id
       WHERE ${inScope('r.family_id')} AND c.to_status IN ('SUBMITTED', 'ACCEPTED', 'ENGAGED', 'COMPLETED')
         AND c.occurred_on <= ${AS_OF} AND c.occurred_on >= ${monthsBeforeAsOf(S.NOT_ENGAGED_MONTHS)}
         AND NOT EXISTS (SELECT 1 FROM referral_status_change d
                          WHERE d.referral_id = r.id AND d.to_status IN ('DECLINED', 'WITHDRAWN') AND d.occurred_on <= ${AS_OF})
      UNION ALL
      SELECT ai.family_id, p.person_id
        FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id AND m.status <> 'CANCELLED'
        JOIN participation p ON p.agenda_item_id = ai.id AND p.participation IN ${TOOK_PART}
       WHERE ${inScope('ai.family_id')} AND ${meetingDate('m')} <= ${AS_OF} AND ${meetingDate('m')} >= ${monthsBeforeAsOf(S.NOT_ENGAGED_MONTHS)}
      UNION ALL
      SELECT ce.family_id, seen.person_id
        FROM cowork_entry ce JOIN cowork_entry_person_seen seen ON seen.entry_id = ce.id
       WHERE ${inScope('ce.family_id')} AND ce.occurred_on <= ${AS_OF} AND ce.occurred_on >= ${monthsBeforeAsOf(S.NOT_ENGAGED_MONTHS)}
      UNION ALL
      SELECT ps.family_id, ps.person_id
        FROM programme_session ps
       WHERE ${inScope('ps.family_id')} AND ps.attendance = 'ATTENDED'
         AND ps.occurred_on <= ${AS_OF} AND ps.occurred_on >= ${monthsBeforeAsOf(S.NOT_ENGAGED_MONTHS)}
      UNION ALL
      SELECT pc.family_id, pc.person_causing_harm_id
        FROM practitioner_contact pc
       WHERE ${inScope('pc.family_id')} AND pc.outcome = 'SEEN'
         AND pc.occurred_on <= ${AS_OF} AND pc.occurred_on >= ${monthsBeforeAsOf(S.NOT_ENGAGED_MONTHS)}
    )
    SELECT p.family_id, p.person_id::text, ARRAY[p.person_id],
           CASE WHEN o.cp_plan THEN 'HIGH' ELSE 'MEDIUM' END,
           (jsonb_build_array(${evidence('Episode', 'o.episode_id', 'o.opened_on', `'Open case'`)},
                              jsonb_build_object('type', p.first_type, 'id', p.first_id, 'date', p.first_on, 'label', 'Recorded as causing harm'))
             || CASE WHEN d.id IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(${evidence('Assessment', 'd.id', 'd.assessed_on', `'Domestic abuse factor at assessment'`)}) END),
           jsonb_build_object('personId', p.person_id, 'months', ${setting(S.NOT_ENGAGED_MONTHS)}, 'cpPlan', o.cp_plan,
                              'disclosure', CASE WHEN p.disclosed THEN 'DISCLOSED' ELSE 'SUSPECTED_NOT_DISCLOSED' END)
      FROM per_person p JOIN open_case o ON o.family_id = p.family_id
      LEFT JOIN dva_factor d ON d.family_id = p.family_id
     WHERE (p.harm_recorded OR d.id IS NOT NULL)
       AND NOT EXISTS (SELECT 1 FROM engaged x WHERE x.family_id = p.family_id AND x.person_id = p.person_id)`,

  explain(facts, say) {
    const who = say.mayKnowHarm(facts.disclosure) ? `${say.name(facts.personId)}, recorded as causing harm,` : say.name(facts.personId);
    return sentence([
      `${who} has not been engaged in the last ${count(facts.months, 'month')}: no referral to a behaviour-change programme (a declined or withdrawn one does not count), no part in a meeting, no programme session attended, no contact with a DVA specialist, and no practitioner has seen him`,
      facts.cpPlan ? 'a child in the family is on a child protection plan' : "a child's case is open at Child in Need",
    ]);
  },
};
