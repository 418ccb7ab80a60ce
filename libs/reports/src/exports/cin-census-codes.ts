import { AgencyKind } from '@waymark/access';

/**
 * CIN census referral source (docs/domain.md §7.4) for a referral from each kind of agency. Where the census
 * is finer than our agency kinds (1A-1D individuals, 5B-5C other council services) nothing maps
 * there; a child with no matching referral is '10' (unknown).
 */
export const REFERRAL_SOURCE_BY_AGENCY_KIND: Record<AgencyKind, string> = {
  [AgencyKind.EDUCATION]: '2A',
  [AgencyKind.HEALTH_GP]: '3A',
  [AgencyKind.HEALTH_VISITING]: '3B',
  [AgencyKind.EMERGENCY_DEPARTMENT]: '3E',
  [AgencyKind.MIDWIFERY]: '3F',
  [AgencyKind.HEALTH_OTHER]: '3F',
  [AgencyKind.ADULT_MENTAL_HEALTH]: '3F',
  [AgencyKind.CAMHS]: '3F',
  [AgencyKind.SUBSTANCE_MISUSE_SERVICE]: '3F',
  [AgencyKind.HOUSING]: '4',
  [AgencyKind.CHILDRENS_SOCIAL_CARE]: '5A',
  [AgencyKind.EARLY_HELP]: '5D',
  [AgencyKind.POLICE]: '6',
  [AgencyKind.PROBATION]: '7',
  [AgencyKind.IDVA_SERVICE]: '8',
  [AgencyKind.SPECIALIST_DVA_SERVICE]: '8',
  [AgencyKind.PERPETRATOR_PROGRAMME_PROVIDER]: '8',
  [AgencyKind.CHILDRENS_DVA_SERVICE]: '8',
  [AgencyKind.VOLUNTARY_SECTOR]: '8',
};

export const UNKNOWN_REFERRAL_SOURCE = '10';

/** The mapping as a SQL CASE over an agency kind column, so the export stays one streamed query. */
export function referralSourceSql(kindColumn: string): string {
  const whens = Object.entries(REFERRAL_SOURCE_BY_AGENCY_KIND)
    .map(([kind, code]) => `WHEN '${kind}' THEN '${code}'`)
    .join(' ');
  return `CASE ${kindColumn} ${whens} ELSE '${UNKNOWN_REFERRAL_SOURCE}' END`;
}
