import { FeaturePermissions, hasRole, Role } from '@waymark/access';
import { ALLOCATED_FAMILY_IDS } from '@waymark/families';
import { ATTENDING_ROLES, CHAIRED_MEETING_IDS, INVITED_MEETING_IDS } from '../meeting-access.facts';

/**
 * Actions: owners read and complete their own; attending roles read and complete their agency's
 * and read those of meetings their agency attends; whoever runs the meeting reads, completes and
 * cancels its actions; practitioners read those about their allocated families; managers read
 * their agency's (owned or organised). Agreeing an action is recording an outcome of the meeting.
 * An action about the adult victim (support, a move, a safety plan) can place her: its text is held
 * back by the victim-side policy, though those working with people causing harm still see that it
 * exists and its dates.
 */
export const actionPermissions: FeaturePermissions = {
  feature: 'meeting-actions',
  caseRecords: true,
  rows({ actor, facts }, can) {
    can(['read', 'complete'], 'MeetingAction', { ownerUserId: actor.userId });
    can(['read', 'complete', 'cancel'], 'MeetingAction', { meetingId: { $inFact: facts.get(CHAIRED_MEETING_IDS) } });
    if (hasRole(actor.roles, Role.MARAC_COORDINATOR)) can(['read', 'complete', 'cancel'], 'MeetingAction', { organisingAgencyId: actor.agencyId });
    if (hasRole(actor.roles, ...ATTENDING_ROLES)) {
      can(['read', 'complete'], 'MeetingAction', { owningAgencyId: actor.agencyId });
      can('read', 'MeetingAction', { meetingId: { $inFact: facts.get(INVITED_MEETING_IDS) } });
    }
    if (hasRole(actor.roles, Role.CASE_PRACTITIONER)) can('read', 'MeetingAction', { familyId: { $inFact: facts.get(ALLOCATED_FAMILY_IDS) } });
    if (hasRole(actor.roles, Role.MANAGER)) {
      can('read', 'MeetingAction', { owningAgencyId: actor.agencyId });
      can('read', 'MeetingAction', { organisingAgencyId: actor.agencyId });
    }
  },
};
