import { FeaturePermissions, hasRole, Role } from '@waymark/access';
import { familyFacts } from '../family-access.facts';

/**
 * Access follows relationships (docs/domain.md §5.2): case practitioners work on (read and update) the
 * families allocated to them or their team; managers read their agency's and allocate them; DVA
 * specialists will work on the families they co-work. A break-glass grant only ever opens a family
 * for reading, whatever the role.
 */
export const familyPermissions: FeaturePermissions = {
  feature: 'families',
  caseRecords: true,
  rows({ actor, facts }, can) {
    const { allocatedFamilyIds, breakGlassFamilyIds, coworkFamilyIds } = familyFacts(facts);
    if (hasRole(actor.roles, Role.CASE_PRACTITIONER)) {
      can('create', 'Family');
      can(['read', 'update'], 'Family', { id: { $inFact: allocatedFamilyIds } });
    }
    if (hasRole(actor.roles, Role.DVA_SPECIALIST)) {
      can(['read', 'update'], 'Family', { id: { $inFact: coworkFamilyIds } });
    }
    if (hasRole(actor.roles, Role.MANAGER)) {
      can(['read', 'allocate'], 'Family', { agencyId: actor.agencyId });
    }
    can('read', 'Family', { id: { $inFact: breakGlassFamilyIds } });
  },
};
