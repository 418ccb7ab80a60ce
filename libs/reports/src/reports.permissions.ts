import { FeaturePermissions, hasRole, Role } from '@waymark/access';

/**
 * Reports are aggregates, so these rules open operations, not rows: which records are counted is
 * decided by ReportScopeService (own agency for managers and coordinators, suppressed figures for
 * analysts), and drill-downs are filtered by the agenda items' own read rule.
 * - MANAGER: every report, exact figures for their agency, drill-down, and the CIN census export
 *   (children's records in bulk, which only the manager of the owning agency already reads).
 * - MARAC_COORDINATOR: the participation audit and MARAC dataset for meetings their agency organises.
 * - ANALYST: every aggregate report and aggregate export, always suppressed; no drill-down, no CIN census.
 */
export const reportPermissions: FeaturePermissions = {
  feature: 'reports',
  rows({ actor }, can) {
    if (hasRole(actor.roles, Role.MANAGER)) {
      for (const report of ['ParticipationReport', 'SignalsReport', 'MaracDataset', 'ReferralOutcomesReport', 'RevolvingDoorReport', 'SocialGradientReport']) can(['read', 'export', 'drill-down'], report);
      can('export', 'CinCensus');
    }
    if (hasRole(actor.roles, Role.MARAC_COORDINATOR)) {
      for (const report of ['ParticipationReport', 'MaracDataset']) can(['read', 'export', 'drill-down'], report);
    }
    if (hasRole(actor.roles, Role.ANALYST)) {
      for (const report of ['ParticipationReport', 'SignalsReport', 'MaracDataset', 'ReferralOutcomesReport', 'RevolvingDoorReport', 'SocialGradientReport']) can(['read', 'export'], report);
    }
  },
};
