import { FeaturePermissions, hasRole, Role } from '@waymark/access';
import { AGENCY_FAMILY_IDS, BREAK_GLASS_FAMILY_IDS } from '@waymark/families';
import { workingFamilyIds } from '../referral-access.facts';

/**
 * Incidents are seen with the family: by those working with it (who also record them), by
 * managers of its agency and of the reporting agency, and through a break-glass grant on the family.
 */
export const incidentPermissions: FeaturePermissions = {
  feature: 'incidents',
  caseRecords: true,
  rows({ actor, facts }, can) {
    if (hasRole(actor.roles, Role.CASE_PRACTITIONER, Role.DVA_SPECIALIST)) {
      can('create', 'Incident');
      can('read', 'Incident', { familyId: { $inFact: workingFamilyIds(facts) } });
    }
    if (hasRole(actor.roles, Role.MANAGER)) {
      can('read', 'Incident', { familyId: { $inFact: facts.get(AGENCY_FAMILY_IDS) } });
      can('read', 'Incident', { reportingAgencyId: actor.agencyId });
    }
    can('read', 'Incident', { familyId: { $inFact: facts.get(BREAK_GLASS_FAMILY_IDS) } });
  },
};
