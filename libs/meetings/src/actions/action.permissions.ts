import { FeaturePermissions, hasRole, Role } from '@waymark/access';
import { ScopeRole } from '../meeting-kinds';
import { familyFacts } from '@waymark/families';
import { ATTENDING_ROLES, meetingFacts } from '../meeting-access.facts';

/**
 * Actions: owners read and complete their own; attending roles read and complete their agency's
 * and read those of meetings their agency attends; whoever runs the meeting reads, completes and
 * cancels its actions; practitioners read those about their allocated families; managers read
 * their agency's (owned or organised). Agreeing an action is recording an outcome of the meeting.
 * An action about the adult victim (support, a move, a safety plan) can place her: its text is never
 * shown to anyone who works with people causing harm, though they still see that it exists and its dates.
 */
export const actionPermissions: FeaturePermissions = {
  feature: 'meeting-actions',
  caseRecords: true,
  rows({ actor, facts }, can) {
    const { invitedMeetingIds, chairedMeetingIds } = meetingFacts(facts);
    const { allocatedFamilyIds } = familyFacts(facts);
    can(['read', 'complete'], 'MeetingAction', { ownerUserId: actor.userId });
    can(['read', 'complete', 'cancel'], 'MeetingAction', { meetingId: { $inFact: chairedMeetingIds } });
    if (hasRole(actor.roles, Role.MARAC_COORDINATOR)) can(['read', 'complete', 'cancel'], 'MeetingAction', { organisingAgencyId: actor.agencyId });
    if (hasRole(actor.roles, ...ATTENDING_ROLES)) {
      can(['read', 'complete'], 'MeetingAction', { owningAgencyId: actor.agencyId });
      can('read', 'MeetingAction', { meetingId: { $inFact: invitedMeetingIds } });
    }
    if (hasRole(actor.roles, Role.CASE_PRACTITIONER)) can('read', 'MeetingAction', { familyId: { $inFact: allocatedFamilyIds } });
    if (hasRole(actor.roles, Role.MANAGER)) {
      can('read', 'MeetingAction', { owningAgencyId: actor.agencyId });
      can('read', 'MeetingAction', { organisingAgencyId: actor.agencyId });
    }
  },
  restrictedFields({ actor }, grant) {
    const text = ['description', 'completionNote'];
    if (hasRole(actor.roles, Role.PERPETRATOR_WORKER)) grant('MeetingAction', text, { subjectScopeRole: { $ne: ScopeRole.ADULT_VICTIM } });
    else grant('MeetingAction', text);
  },
};
