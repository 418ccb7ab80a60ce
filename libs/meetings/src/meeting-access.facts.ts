import { AccessFacts, FactKey, hasRole, Role } from '@waymark/access';
import { ALLOCATED_FAMILIES_SQL } from '@waymark/families';
import { Actor } from '@waymark/platform';
import { EntityManager } from 'typeorm';

/** Meetings the caller's agency is invited to (loaded for the roles that attend for their agency). */
export const INVITED_MEETING_IDS = FactKey.ids('invitedMeetingIds');
/** Meetings the caller chairs, whatever their role: chairing is the relationship. */
export const CHAIRED_MEETING_IDS = FactKey.ids('chairedMeetingIds');
/** Meetings with an item about a family allocated to the caller or their team (case practitioners). */
export const ALLOCATED_FAMILY_MEETING_IDS = FactKey.ids('allocatedFamilyMeetingIds');
/**
 * Families listed on meetings the caller chairs or (as a coordinator) whose agency organises them, and
 * that were not cancelled: whoever runs the meeting records journey decisions for them, so it opens them.
 */
export const MEETING_FAMILY_IDS = FactKey.ids('meetingFamilyIds', { opens: 'Family' });
/** People in scope of items on meetings the caller's agency is invited to: they see those people, not the whole family. */
export const AGENDA_PERSON_IDS = FactKey.ids('agendaPersonIds', { opens: 'Person' });

/** Roles that attend a meeting for their agency and see its agenda (docs/domain.md §5). */
export const ATTENDING_ROLES = [Role.AGENCY_REPRESENTATIVE, Role.PERPETRATOR_WORKER, Role.DVA_SPECIALIST];

/**
 * Built once per request. The allocation rule is the families loader's own (ALLOCATED_FAMILIES_SQL).
 */
export function loadMeetingAccessFacts(actor: Actor, manager: EntityManager, facts: AccessFacts): void {
  const chairs = `m.chair_user_id = $1`;
  const organises = `m.organising_agency_id = $1`;
  const invited = `SELECT ma.meeting_id AS id FROM meeting_agency ma WHERE ma.agency_id = $1`;
  // A cancelled meeting frees its cases (a MARAC's go back on the list for the next): it opens no family.
  const familiesOn = (meetings: string) =>
    `SELECT ai.family_id AS id FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id WHERE m.status <> 'CANCELLED' AND ${meetings}`;

  facts.add(CHAIRED_MEETING_IDS, FactKey.sql(CHAIRED_MEETING_IDS, manager, `SELECT m.id FROM meeting m WHERE ${chairs}`, actor.userId));
  facts.add(MEETING_FAMILY_IDS, FactKey.sql(MEETING_FAMILY_IDS, manager, familiesOn(chairs), actor.userId));
  if (hasRole(actor.roles, Role.MARAC_COORDINATOR))
    facts.add(MEETING_FAMILY_IDS, FactKey.sql(MEETING_FAMILY_IDS, manager, familiesOn(organises), actor.agencyId));
  if (hasRole(actor.roles, ...ATTENDING_ROLES)) {
    facts.add(INVITED_MEETING_IDS, FactKey.sql(INVITED_MEETING_IDS, manager, invited, actor.agencyId));
    const inScope = `SELECT aip.person_id AS id FROM agenda_item_person aip JOIN agenda_item ai ON ai.id = aip.agenda_item_id WHERE ai.meeting_id IN (${invited})`;
    facts.add(AGENDA_PERSON_IDS, FactKey.sql(AGENDA_PERSON_IDS, manager, inScope, actor.agencyId));
  }
  if (hasRole(actor.roles, Role.CASE_PRACTITIONER)) {
    const meetings = `SELECT ai.meeting_id AS id FROM agenda_item ai WHERE ai.family_id IN (${ALLOCATED_FAMILIES_SQL})`;
    facts.add(ALLOCATED_FAMILY_MEETING_IDS, FactKey.sql(ALLOCATED_FAMILY_MEETING_IDS, manager, meetings, actor.userId));
  }
}
