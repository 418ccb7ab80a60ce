import { FeaturePermissions, hasRole, Role } from '@waymark/access';
import { ALLOCATED_FAMILY_IDS, COWORK_FAMILY_IDS, READABLE_FAMILY_IDS } from '../family-access.facts';

/**
 * Access follows relationships (docs/domain.md §5.2): a family is read by whoever a relationship
 * fact opens it to (allocation, co-work, the manager's agency, a meeting they run, break-glass: see
 * deriveFamilyFacts); case practitioners work on (update) the families allocated to them or their
 * team, DVA specialists those they co-work; managers allocate their agency's. A break-glass grant
 * only ever opens a family for reading, whatever the role.
 */
export const familyPermissions: FeaturePermissions = {
  feature: 'families',
  caseRecords: true,
  rows({ actor, facts }, can) {
    can('read', 'Family', { id: { $inFact: facts.get(READABLE_FAMILY_IDS) } });
    if (hasRole(actor.roles, Role.CASE_PRACTITIONER)) {
      can('create', 'Family');
      can('update', 'Family', { id: { $inFact: facts.get(ALLOCATED_FAMILY_IDS) } });
    }
    if (hasRole(actor.roles, Role.DVA_SPECIALIST)) can('update', 'Family', { id: { $inFact: facts.get(COWORK_FAMILY_IDS) } });
    if (hasRole(actor.roles, Role.MANAGER)) can(['read', 'allocate'], 'Family', { agencyId: actor.agencyId });
  },
};
