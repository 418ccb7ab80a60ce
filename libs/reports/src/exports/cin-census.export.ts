import { SqlParams, familyInTeam } from '../report-sql';
import { ReportScope } from '../report-scope.service';
import { referralSourceSql } from './cin-census-codes';

/** Days before an episode opened in which a referral to children's social care counts as the one that opened it. */
export const REFERRAL_LOOKBACK_DAYS = 90;

export const CIN_CENSUS_COLUMNS = [
  'child_id',
  'episode_id',
  'level',
  'episode_start_date',
  'referral_date',
  'referral_source',
  'assessment_date',
  'factors',
  'primary_need',
  'closure_date',
  'reason_for_closure',
  'local_closure_sub_reason',
] as const;

/**
 * One row per child episode open at any time in the period, on families of the agency in scope.
 * No names or restricted fields: the child is identified by their Waymark id only. The referral is
 * the latest non-draft referral of the child to a children's social care service in the
 * REFERRAL_LOOKBACK_DAYS before the episode opened; the assessment is the latest during the episode.
 */
export function cinCensusQuery(scope: ReportScope): { sql: string; params: unknown[] } {
  const p = new SqlParams();
  const sql = `
    SELECT e.child_id, e.id AS episode_id, e.level, to_char(e.opened_on, 'YYYY-MM-DD') AS episode_start_date,
           to_char(coalesce(ref.referred_on, e.opened_on), 'YYYY-MM-DD') AS referral_date,
           ${referralSourceSql('ref.kind')} AS referral_source,
           to_char(ax.assessed_on, 'YYYY-MM-DD') AS assessment_date,
           array_to_string(ax.factors, ';') AS factors, ax.primary_need,
           to_char(e.closed_on, 'YYYY-MM-DD') AS closure_date, e.closure_reason AS reason_for_closure,
           e.closure_sub_reason AS local_closure_sub_reason
      FROM episode e
      JOIN family f ON f.id = e.family_id
      LEFT JOIN LATERAL (
        SELECT r.referred_on, a.kind FROM referral r
          JOIN service s ON s.id = r.service_id JOIN agency a ON a.id = r.from_agency_id
         WHERE r.subject_person_id = e.child_id AND s.type = 'CHILDRENS_SOCIAL_CARE' AND r.status <> 'DRAFT'
           AND r.referred_on BETWEEN e.opened_on - ${REFERRAL_LOOKBACK_DAYS} AND e.opened_on
         ORDER BY r.referred_on DESC, r.created_at DESC LIMIT 1) ref ON TRUE
      LEFT JOIN LATERAL (
        SELECT x.assessed_on, x.factors, x.primary_need FROM assessment x
         WHERE x.child_id = e.child_id AND x.assessed_on BETWEEN e.opened_on AND coalesce(e.closed_on, 'infinity'::date)
         ORDER BY x.assessed_on DESC, x.created_at DESC LIMIT 1) ax ON TRUE
     WHERE f.agency_id = ${p.param(scope.agencyId)}
       AND e.opened_on <= ${p.param(scope.to)}::date
       AND (e.closed_on IS NULL OR e.closed_on >= ${p.param(scope.from)}::date)
       AND ${familyInTeam('f.id', scope, p)}
     ORDER BY e.opened_on, e.id`;
  return { sql, params: p.values };
}
