import { FeaturePermissions, hasRole, Role } from '@waymark/access';

/** The catalogue is not case data: every signed-in user may read it; administrators manage it. */
export const servicePermissions: FeaturePermissions = {
  feature: 'services',
  rows({ actor }, can) {
    can('read', 'Service');
    if (hasRole(actor.roles, Role.ADMIN)) can(['create', 'update', 'deactivate'], 'Service');
  },
};
