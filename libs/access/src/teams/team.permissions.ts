import { FeaturePermissions } from '../ability/app-ability';
import { hasRole, Role } from '../roles';

/** Team names are not case data: everyone reads them; administrators create them. */
export const teamPermissions: FeaturePermissions = {
  feature: 'teams',
  rows({ actor }, can) {
    can('read', 'Team');
    if (hasRole(actor.roles, Role.ADMIN)) can('create', 'Team');
  },
};
