import { FeaturePermissions, hasRole, Role } from '@waymark/access';

/**
 * Reports are aggregates, so these rules open operations, not rows: which records are counted is
 * decided by ReportScopeService (own agency for managers and coordinators, suppressed figures for
 * analysts), and drill-downs are filtered by the agenda items' own read rule.
 * - MANAGER: every report, exact figures for their agency, drill-down, and the CIN census export
 *   (children's records in bulk, which only the manager of the owning agency already reads).
 * - MARAC_COORDINATOR: the participation audit, MARAC dataset (and data return) and action review report for meetings their agency organises.
 * - ANALYST: every aggregate report and aggregate export, always suppressed; no drill-down, no CIN census.
 */
export type ReportName =
  'ParticipationReport' | 'SignalsReport' | 'MaracDataset' | 'ReferralOutcomesReport' | 'RevolvingDoorReport' | 'SocialGradientReport' | 'ActionReviewReport';

const REPORTS: ReportName[] = [
  'ParticipationReport',
  'SignalsReport',
  'MaracDataset',
  'ReferralOutcomesReport',
  'RevolvingDoorReport',
  'SocialGradientReport',
  'ActionReviewReport',
];

/**
 * Who sees a report's exact figures for their own agency, because they already read the records
 * behind it. Anyone else who may read the report (an analyst) sees it suppressed, even if they also
 * hold one of these roles for other reports.
 */
export const EXACT_FIGURES_FOR: Record<ReportName, Role[]> = {
  ParticipationReport: [Role.MANAGER, Role.MARAC_COORDINATOR],
  MaracDataset: [Role.MANAGER, Role.MARAC_COORDINATOR],
  SignalsReport: [Role.MANAGER],
  ReferralOutcomesReport: [Role.MANAGER],
  RevolvingDoorReport: [Role.MANAGER],
  SocialGradientReport: [Role.MANAGER],
  // Coordinators chase the actions of the MARACs they run, so they read how those actions ended.
  ActionReviewReport: [Role.MANAGER, Role.MARAC_COORDINATOR],
};

export const reportPermissions: FeaturePermissions = {
  feature: 'reports',
  rows({ actor }, can) {
    for (const report of REPORTS) {
      if (hasRole(actor.roles, ...EXACT_FIGURES_FOR[report])) can(['read', 'export', 'drill-down'], report);
      if (hasRole(actor.roles, Role.ANALYST)) can(['read', 'export'], report);
    }
    if (hasRole(actor.roles, Role.MANAGER)) can('export', 'CinCensus');
  },
};
