import { FeaturePermissions, hasRole, Role } from '@waymark/access';
import { familyFacts } from '@waymark/families';
import { ATTENDING_ROLES, meetingFacts } from '../meeting-access.facts';

/**
 * Agenda items, and the participation recorded on them, are read by whoever runs the meeting, by
 * the agencies invited to it, and by the practitioners (and co-working DVA specialists) of the
 * family discussed; managers read their agency's. Reading an item never opens the family record:
 * the people in scope become visible (the facts loader), restricted person fields stay governed by
 * the people permissions. Why someone was excluded for safety, the risk summary and the text of
 * decisions are never shown to anyone who works with people causing harm.
 */
export const agendaPermissions: FeaturePermissions = {
  feature: 'agenda',
  caseRecords: true,
  rows({ actor, facts }, can) {
    const { invitedMeetingIds, chairedMeetingIds } = meetingFacts(facts);
    const { allocatedFamilyIds, coworkFamilyIds } = familyFacts(facts);
    // Participation rows carry their item's meetingId, familyId and organisingAgencyId, so one rule serves both.
    const readItems = (conditions: object) => ['AgendaItem', 'Participation'].forEach((subject) => can('read', subject, conditions));
    if (hasRole(actor.roles, Role.MARAC_COORDINATOR, Role.MANAGER)) readItems({ organisingAgencyId: actor.agencyId });
    readItems({ meetingId: { $inFact: chairedMeetingIds } });
    if (hasRole(actor.roles, ...ATTENDING_ROLES)) readItems({ meetingId: { $inFact: invitedMeetingIds } });
    if (hasRole(actor.roles, Role.CASE_PRACTITIONER)) readItems({ familyId: { $inFact: allocatedFamilyIds } });
    if (hasRole(actor.roles, Role.DVA_SPECIALIST)) readItems({ familyId: { $inFact: coworkFamilyIds } });
  },
  restrictedFields({ actor }, grant) {
    if (hasRole(actor.roles, Role.PERPETRATOR_WORKER)) return;
    grant('Participation', ['exclusionReason']);
    // What was said about the family's risks and what was decided can place the victim.
    grant('AgendaItem', ['riskSummary']);
    grant('AgendaDecision', ['text']);
  },
};
