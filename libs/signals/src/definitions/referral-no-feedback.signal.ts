import { codeWords, count, sentence } from '../explanation';
import { SignalSettingKey as S } from '../settings/signal-settings';
import { AS_OF, evidence, setting, SignalDefinition } from '../signal-definition';
import { SignalKind } from '../signal-kinds';
import { meetingDate, referralStatusAsOf } from './shared-sql';

/**
 * REFERRAL_NO_FEEDBACK (docs/domain.md §4.7): a referral agreed at a meeting that, on the evaluation date,
 * was still SUBMITTED or ACCEPTED and had not changed status for REFERRAL_NO_FEEDBACK_DAYS or more
 * (the day it reaches that many days silent, it is raised). One signal per referral; it resolves
 * when the service records its next step. HIGH once silent for twice that long.
 */
export const referralNoFeedback: SignalDefinition = {
  kind: SignalKind.REFERRAL_NO_FEEDBACK,
  sql: `
    WITH status AS (${referralStatusAsOf('r.meeting_id IS NOT NULL')})
    SELECT r.family_id, r.id::text, ARRAY[r.subject_person_id],
           CASE WHEN ${AS_OF} - st.changed_on >= 2 * ${setting(S.REFERRAL_NO_FEEDBACK_DAYS)} THEN 'HIGH' ELSE 'MEDIUM' END,
           jsonb_build_array(${evidence('Meeting', 'm.id', meetingDate('m'), `'Referral agreed at ' || m.type`)},
                             ${evidence('Referral', 'r.id', 'st.changed_on', `initcap(st.status) || ' to ' || s.type`)}),
           jsonb_build_object('personId', r.subject_person_id, 'serviceType', s.type, 'status', st.status, 'since', st.changed_on,
                              'days', ${AS_OF} - st.changed_on, 'meetingType', m.type, 'meetingOn', ${meetingDate('m')})
      FROM status st JOIN referral r ON r.id = st.referral_id
      JOIN meeting m ON m.id = r.meeting_id
      JOIN service s ON s.id = r.service_id
     WHERE st.status IN ('SUBMITTED', 'ACCEPTED') AND ${AS_OF} - st.changed_on >= ${setting(S.REFERRAL_NO_FEEDBACK_DAYS)}`,

  explain(facts, say) {
    return sentence([
      `The referral of ${say.name(facts.personId)} to ${codeWords(facts.serviceType)} agreed at the ${codeWords(facts.meetingType).replace('marac', 'MARAC')} on ${say.date(facts.meetingOn)} has been ${codeWords(facts.status)} since ${say.date(facts.since)}`,
      `no feedback for ${count(facts.days, 'day')}`,
    ]);
  },
};
