import { FeaturePermissions } from '../ability/app-ability';
import { hasRole, Role } from '../roles';

/** Agency names and kinds are not case data: every signed-in user may read them; admins manage them. */
export const agencyPermissions: FeaturePermissions = {
  feature: 'agencies',
  rows({ actor }, can) {
    can('read', 'Agency');
    if (hasRole(actor.roles, Role.ADMIN)) can(['create', 'update'], 'Agency');
  },
};
