import { FeaturePermissions, hasRole, Role } from '@waymark/access';
import { ALLOCATED_FAMILY_IDS, COWORK_FAMILY_IDS } from '@waymark/families';
import { ATTENDING_ROLES, CHAIRED_MEETING_IDS, INVITED_MEETING_IDS } from '../meeting-access.facts';

/**
 * Agenda items, and the participation recorded on them, are read by whoever runs the meeting, by
 * the agencies invited to it, and by the practitioners (and co-working DVA specialists) of the
 * family discussed; managers read their agency's. Reading an item never opens the family record:
 * the people in scope become visible (the facts loader), restricted person fields stay governed by
 * the people permissions. Why someone was excluded for safety, the risk summary and the text of
 * decisions are held back by the victim-side policy.
 */
export const agendaPermissions: FeaturePermissions = {
  feature: 'agenda',
  caseRecords: true,
  rows({ actor, facts }, can) {
    // Participation rows and decisions carry their item's meetingId, familyId and organisingAgencyId, so one rule serves all three.
    const readItems = (conditions: object) => can('read', ['AgendaItem', 'Participation', 'AgendaDecision'], conditions);
    if (hasRole(actor.roles, Role.MARAC_COORDINATOR, Role.MANAGER)) readItems({ organisingAgencyId: actor.agencyId });
    readItems({ meetingId: { $inFact: facts.get(CHAIRED_MEETING_IDS) } });
    if (hasRole(actor.roles, ...ATTENDING_ROLES)) readItems({ meetingId: { $inFact: facts.get(INVITED_MEETING_IDS) } });
    if (hasRole(actor.roles, Role.CASE_PRACTITIONER)) readItems({ familyId: { $inFact: facts.get(ALLOCATED_FAMILY_IDS) } });
    if (hasRole(actor.roles, Role.DVA_SPECIALIST)) readItems({ familyId: { $inFact: facts.get(COWORK_FAMILY_IDS) } });
  },
};
