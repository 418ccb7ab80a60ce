import { FeaturePermissions, hasRole, Role } from '@waymark/access';
import { ALLOCATED_FAMILY_IDS } from '@waymark/families';
import { ATTENDING_ROLES, CHAIRED_MEETING_IDS, INVITED_MEETING_IDS } from '../meeting-access.facts';

/**
 * MARAC research is read by the meeting's agencies by the agenda's own rules: whoever runs or chairs
 * the meeting, the invited agencies, the family's practitioners, and the organising agency's managers.
 * Attending roles record their own agency's research (the service checks the agency is invited).
 * Victim-side parts (facts about her and the children, opinion, what was held back) are held back
 * from anyone working with people causing harm by the victim-side policy.
 */
export const researchPermissions: FeaturePermissions = {
  feature: 'marac-research',
  caseRecords: true,
  rows({ actor, facts }, can) {
    if (hasRole(actor.roles, Role.MARAC_COORDINATOR, Role.MANAGER)) can('read', 'AgencyResearch', { organisingAgencyId: actor.agencyId });
    can('read', 'AgencyResearch', { meetingId: { $inFact: facts.get(CHAIRED_MEETING_IDS) } });
    if (hasRole(actor.roles, ...ATTENDING_ROLES)) {
      can('read', 'AgencyResearch', { meetingId: { $inFact: facts.get(INVITED_MEETING_IDS) } });
      can('record', 'AgencyResearch', { agencyId: actor.agencyId });
    }
    if (hasRole(actor.roles, Role.CASE_PRACTITIONER)) can('read', 'AgencyResearch', { familyId: { $inFact: facts.get(ALLOCATED_FAMILY_IDS) } });
  },
};
