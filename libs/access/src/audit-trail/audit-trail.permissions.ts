import { FeaturePermissions } from '../ability/app-ability';
import { hasRole, Role } from '../roles';

/** Administrators read and verify the whole trail; managers read what their agency's staff did. */
export const auditTrailPermissions: FeaturePermissions = {
  feature: 'audit-trail',
  rows({ actor }, can) {
    if (hasRole(actor.roles, Role.ADMIN)) {
      can('read', 'AuditEvent');
      can('verify', 'AuditTrail');
    }
    if (hasRole(actor.roles, Role.MANAGER)) can('read', 'AuditEvent', { actorAgencyId: actor.agencyId });
  },
};
