import { FeaturePermissions } from '../ability/app-ability';
import { hasRole, Role } from '../roles';
import { MEETING_STAFF_IDS } from './user-access.facts';

/**
 * Accounts: administrators manage them; managers read their own agency's; everyone reads their own.
 * Coordinators read the partnership's meeting staff (chairs, coordinators and those who attend for
 * their agency), so they can pick a chair and see who represents each agency; not their email.
 * Email and last sign-in are restricted fields.
 */
export const userPermissions: FeaturePermissions = {
  feature: 'users',
  rows({ actor, facts }, can) {
    can('read', 'User', { id: actor.userId });
    if (hasRole(actor.roles, Role.MARAC_COORDINATOR)) can('read', 'User', { id: { $inFact: facts.get(MEETING_STAFF_IDS) } });
    if (hasRole(actor.roles, Role.MANAGER)) can('read', 'User', { agencyId: actor.agencyId });
    if (hasRole(actor.roles, Role.ADMIN)) can(['read', 'create', 'update', 'deactivate', 'reactivate', 'setPassword'], 'User');
  },
  restrictedFields({ actor }, grant) {
    grant('User', ['email', 'lastSignInAt'], { id: actor.userId });
    if (hasRole(actor.roles, Role.MANAGER)) grant('User', ['email'], { agencyId: actor.agencyId });
    if (hasRole(actor.roles, Role.ADMIN)) grant('User', ['email', 'lastSignInAt']);
  },
};
