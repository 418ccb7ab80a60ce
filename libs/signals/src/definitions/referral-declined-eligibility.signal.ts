import { codeWords, count, sentence } from '../explanation';
import { SignalSettingKey as S } from '../settings/signal-settings';
import { AS_OF, evidence, inScope, setting, SignalDefinition } from '../signal-definition';
import { SignalKind } from '../signal-kinds';

/**
 * REFERRAL_DECLINED_ELIGIBILITY (docs/domain.md §4.8): a referral to a perpetrator programme, adult mental
 * health or substance misuse service was declined for eligibility, and no other referral of the
 * same person to a service of the same type was submitted within DECLINED_NO_ALTERNATIVE_DAYS of
 * the decline. Raised once that window has passed (so a practitioner has time to find another
 * service); one signal per declined referral. HIGH for a perpetrator programme: nobody is working
 * with the person causing harm.
 */
export const referralDeclinedEligibility: SignalDefinition = {
  kind: SignalKind.REFERRAL_DECLINED_ELIGIBILITY,
  sql: `
    WITH declined AS (
      SELECT r.id, r.family_id, r.subject_person_id, s.type, c.occurred_on AS declined_on
        FROM referral r JOIN service s ON s.id = r.service_id AND s.type IN ('PERPETRATOR_PROGRAMME', 'ADULT_MENTAL_HEALTH', 'SUBSTANCE_MISUSE')
        JOIN referral_status_change c ON c.referral_id = r.id AND c.to_status = 'DECLINED' AND c.decline_reason = 'ELIGIBILITY'
       WHERE ${inScope('r.family_id')} AND c.occurred_on + ${setting(S.DECLINED_NO_ALTERNATIVE_DAYS)} < ${AS_OF}
    )
    SELECT d.family_id, d.id::text, ARRAY[d.subject_person_id],
           CASE WHEN d.type = 'PERPETRATOR_PROGRAMME' THEN 'HIGH' ELSE 'MEDIUM' END,
           jsonb_build_array(${evidence('Referral', 'd.id', 'd.declined_on', `'Declined for eligibility by ' || d.type`)}),
           jsonb_build_object('personId', d.subject_person_id, 'serviceType', d.type, 'declinedOn', d.declined_on,
                              'days', ${AS_OF} - d.declined_on, 'windowDays', ${setting(S.DECLINED_NO_ALTERNATIVE_DAYS)})
      FROM declined d
     WHERE NOT EXISTS (
       SELECT 1 FROM referral a JOIN service s ON s.id = a.service_id AND s.type = d.type
        WHERE a.family_id = d.family_id AND a.subject_person_id = d.subject_person_id AND a.id <> d.id
          AND a.submitted_on >= d.declined_on AND a.submitted_on <= d.declined_on + ${setting(S.DECLINED_NO_ALTERNATIVE_DAYS)}
          AND a.submitted_on <= ${AS_OF})`,

  explain(facts, say) {
    return sentence([
      `The referral of ${say.name(facts.personId)} to ${codeWords(facts.serviceType)} was declined on eligibility on ${say.date(facts.declinedOn)}`,
      `no other ${codeWords(facts.serviceType)} referral followed within ${count(facts.windowDays, 'day')}`,
    ]);
  },
};
