import { familyInTeam, SqlParams } from '../report-sql';
import { ReportScope } from '../report-scope.service';

const POST_SEPARATION_DAYS_DEFAULT = 28;

/**
 * The records the revolving-door figures count, as CTEs (`csc`, `marac`, `closed`), shared by the
 * period report and its month-by-month trend so the two always agree (docs/domain.md §6):
 * - `csc`: non-draft referrals to children's social care submitted in the period, each marked
 *   `re_referral` when the child was referred to CSC within `reReferralMonths` before;
 * - `marac`: MARAC referrals submitted in the period (`is_repeat_marac`);
 * - `closed`: episodes closed in the period, `after_separation` by the POST_SEPARATION_CLOSURE
 *   signal's timing rule and its configurable number of days.
 * Agency scope: referrals to or from the agency; episodes of its families.
 */
export function revolvingDoorSources(scope: ReportScope, p: SqlParams, reReferralMonths: number): string {
  const from = p.param(scope.from);
  const to = p.param(scope.to);
  const agency = p.param(scope.agencyId);
  const months = p.param(reReferralMonths);
  return `settings AS (
         SELECT coalesce((SELECT value FROM signal_setting WHERE key = 'POST_SEPARATION_CLOSURE_DAYS'), ${POST_SEPARATION_DAYS_DEFAULT}) AS days),
       referrals AS (
         SELECT r.id, r.subject_person_id, r.referred_on, r.submitted_on, r.is_repeat_marac, s.type
           FROM referral r JOIN service s ON s.id = r.service_id
          WHERE r.status <> 'DRAFT' AND s.type IN ('CHILDRENS_SOCIAL_CARE', 'MARAC')
            AND (${agency}::uuid IS NULL OR r.from_agency_id = ${agency} OR r.to_agency_id = ${agency})
            AND ${familyInTeam('r.family_id', scope, p)}),
       csc AS (
         SELECT r.*, EXISTS (
                  SELECT 1 FROM referral prev JOIN service ps ON ps.id = prev.service_id
                   WHERE prev.subject_person_id = r.subject_person_id AND ps.type = 'CHILDRENS_SOCIAL_CARE' AND prev.status <> 'DRAFT'
                     AND prev.referred_on < r.referred_on
                     AND prev.referred_on >= (r.referred_on - make_interval(months => ${months}::int))::date) AS re_referral
           FROM referrals r WHERE r.type = 'CHILDRENS_SOCIAL_CARE' AND r.submitted_on BETWEEN ${from}::date AND ${to}::date),
       marac AS (SELECT * FROM referrals WHERE type = 'MARAC' AND submitted_on BETWEEN ${from}::date AND ${to}::date),
       closed AS (
         SELECT e.id, e.family_id, e.child_id, e.closed_on,
                e.closure_sub_reason IN ('PARENTS_SEPARATED', 'PERSON_CAUSING_HARM_LEFT')
                OR EXISTS (SELECT 1 FROM couple_status_event c WHERE c.family_id = e.family_id AND c.status = 'SEPARATED'
                              AND c.occurred_on BETWEEN e.closed_on - (SELECT days FROM settings) AND e.closed_on)
                OR EXISTS (SELECT 1 FROM family_membership m JOIN harm_relationship h ON h.family_id = m.family_id AND h.person_causing_harm_id = m.person_id
                            WHERE m.family_id = e.family_id AND m.left_on BETWEEN e.closed_on - (SELECT days FROM settings) AND e.closed_on) AS after_separation
           FROM episode e JOIN family f ON f.id = e.family_id
          WHERE e.closed_on BETWEEN ${from}::date AND ${to}::date
            AND (${agency}::uuid IS NULL OR f.agency_id = ${agency})
            AND ${familyInTeam('f.id', scope, p)})`;
}
