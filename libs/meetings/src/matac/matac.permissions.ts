import { FeaturePermissions, hasRole, Role } from '@waymark/access';

/** The MATAC worklist is for MARAC coordinators (the partnership) and managers (their agency's families); nobody else. */
export const matacPermissions: FeaturePermissions = {
  feature: 'matac',
  caseRecords: true,
  rows({ actor }, can) {
    if (hasRole(actor.roles, Role.MARAC_COORDINATOR, Role.MANAGER)) can('read', 'MatacWorklist');
  },
};
