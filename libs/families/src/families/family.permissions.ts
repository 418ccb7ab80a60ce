import { FeaturePermissions, hasRole, Role } from '@waymark/access';
import { familyFacts } from '../family-access.facts';

/**
 * Access follows relationships (DOMAIN §5): case practitioners see the families allocated to them or
 * their team; managers their agency's (read, and allocate); DVA specialists will see the families
 * they co-work when co-work is recorded. Break-glass adds single families through the same facts.
 */
export const familyPermissions: FeaturePermissions = {
  feature: 'families',
  rows({ actor, facts }, can) {
    const { workingFamilyIds, coworkFamilyIds } = familyFacts(facts);
    if (hasRole(actor.roles, Role.CASE_PRACTITIONER)) {
      can('create', 'Family');
      can(['read', 'update'], 'Family', { id: { $in: workingFamilyIds } });
    }
    if (hasRole(actor.roles, Role.MANAGER)) {
      can(['read', 'allocate'], 'Family', { agencyId: actor.agencyId });
    }
    if (hasRole(actor.roles, Role.DVA_SPECIALIST)) {
      can(['read', 'update'], 'Family', { id: { $in: coworkFamilyIds } });
    }
    // Anyone holding an active break-glass grant for a family may read it (loaded into the same fact).
    can('read', 'Family', { id: { $in: workingFamilyIds } });
  },
};
