import { FeaturePermissions, hasRole, Role } from '@waymark/access';
import { ALLOCATED_FAMILY_MEETING_IDS, ATTENDING_ROLES, INVITED_MEETING_IDS } from '../meeting-access.facts';

/**
 * Meetings (docs/domain.md §5.2). Coordinators schedule meetings and run those their agency organises:
 * `update` builds the agenda, invites, holds or cancels; `record` records what the meeting decided
 * (attendance, risks, decisions, participation, actions). A chair reads and records at the meetings
 * they chair. Attending roles read meetings their agency is invited to; case practitioners read the
 * header of meetings that discussed their allocated families; managers read their agency's.
 * Whoever runs a meeting reads the families on it, because they record journey decisions for them
 * (MEETING_FAMILY_IDS opens them).
 */
export const meetingPermissions: FeaturePermissions = {
  feature: 'meetings',
  caseRecords: true,
  rows({ actor, facts }, can) {
    if (hasRole(actor.roles, Role.MARAC_COORDINATOR)) {
      can('schedule', 'Meeting');
      can(['read', 'update', 'record'], 'Meeting', { organisingAgencyId: actor.agencyId });
    }
    can(['read', 'record'], 'Meeting', { chairUserId: actor.userId });
    if (hasRole(actor.roles, ...ATTENDING_ROLES)) can('read', 'Meeting', { id: { $inFact: facts.get(INVITED_MEETING_IDS) } });
    if (hasRole(actor.roles, Role.CASE_PRACTITIONER)) can('read', 'Meeting', { id: { $inFact: facts.get(ALLOCATED_FAMILY_MEETING_IDS) } });
    if (hasRole(actor.roles, Role.MANAGER)) can('read', 'Meeting', { organisingAgencyId: actor.agencyId });
  },
};
