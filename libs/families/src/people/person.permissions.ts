import { FeaturePermissions, hasRole, Role } from '@waymark/access';
import { AGENCY_PERSON_IDS, VISIBLE_PERSON_IDS } from '../family-access.facts';

/**
 * People are visible through the families the caller may see and the people a relationship opens
 * directly (VISIBLE_PERSON_IDS), and to whoever recorded them. Which of their details each reader
 * sees is the victim-side policy's (libs/access/src/policy/victim-side.policy.ts).
 */
export const personPermissions: FeaturePermissions = {
  feature: 'people',
  caseRecords: true,
  rows({ actor, facts }, can) {
    if (hasRole(actor.roles, Role.CASE_PRACTITIONER, Role.DVA_SPECIALIST)) can('create', 'Person');
    can('read', 'Person', { id: { $inFact: facts.get(VISIBLE_PERSON_IDS) } });
    can('read', 'Person', { createdByUserId: actor.userId });
    // Merging needs both records in this manager's agency's families (never via break-glass); the merge service checks each.
    if (hasRole(actor.roles, Role.MANAGER)) can('merge', 'Person', { id: { $inFact: facts.get(AGENCY_PERSON_IDS) } });
  },
};
