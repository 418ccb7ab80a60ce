import { AccessFacts, FactSet, hasRole, Role } from '@waymark/access';
import { ALLOCATED_FAMILIES_SQL } from '@waymark/families';
import { Actor } from '@waymark/platform';
import { EntityManager } from 'typeorm';

export interface MeetingAccessFacts {
  /** Meetings the caller's agency is invited to (loaded for the roles that attend for their agency). */
  invitedMeetingIds: FactSet;
  /** Meetings the caller chairs, whatever their role: chairing is the relationship. */
  chairedMeetingIds: FactSet;
  /** Meetings with an item about a family allocated to the caller or their team (case practitioners). */
  allocatedFamilyMeetingIds: FactSet;
  /** Families listed on meetings the caller chairs or (as a coordinator) whose agency organises them. */
  meetingFamilyIds: FactSet;
}

/** Roles that attend a meeting for their agency and see its agenda (docs/domain.md §5.2). */
export const ATTENDING_ROLES = [Role.AGENCY_REPRESENTATIVE, Role.PERPETRATOR_WORKER, Role.DVA_SPECIALIST];

export function meetingFacts(facts: AccessFacts): MeetingAccessFacts {
  const fact = (key: keyof MeetingAccessFacts) => (facts[key] as FactSet | undefined) ?? FactSet.none(key);
  return {
    invitedMeetingIds: fact('invitedMeetingIds'),
    chairedMeetingIds: fact('chairedMeetingIds'),
    allocatedFamilyMeetingIds: fact('allocatedFamilyMeetingIds'),
    meetingFamilyIds: fact('meetingFamilyIds'),
  };
}

/**
 * Built once per request. Adds to `visiblePersonIds` (united with the families loader's): the
 * people in scope of items on meetings the caller's agency is invited to, and every member of the
 * families on meetings the caller runs and that were not cancelled (they record journey decisions for
 * those families).
 * The allocation rule is the families loader's own (ALLOCATED_FAMILIES_SQL).
 */
export async function loadMeetingAccessFacts(actor: Actor, manager: EntityManager): Promise<Partial<AccessFacts>> {
  const chairs = `m.chair_user_id = $1`;
  const organises = `m.organising_agency_id = $1`;
  const chaired = `SELECT m.id FROM meeting m WHERE ${chairs}`;
  const invited = `SELECT ma.meeting_id AS id FROM meeting_agency ma WHERE ma.agency_id = $1`;
  // A cancelled meeting frees its cases (a MARAC's go back on the list for the next): it opens no family.
  const familiesOn = (meetings: string) =>
    `SELECT ai.family_id AS id FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id WHERE m.status <> 'CANCELLED' AND ${meetings}`;
  const membersOf = (families: string) => `SELECT fm.person_id AS id FROM family_membership fm WHERE fm.family_id IN (${families})`;

  let meetingFamilyIds = FactSet.of('meetingFamilyIds', manager, familiesOn(chairs), actor.userId);
  if (hasRole(actor.roles, Role.MARAC_COORDINATOR))
    meetingFamilyIds = meetingFamilyIds.union(FactSet.of('meetingFamilyIds', manager, familiesOn(organises), actor.agencyId));
  const facts: Partial<MeetingAccessFacts> & { visiblePersonIds: FactSet } = {
    chairedMeetingIds: FactSet.of('chairedMeetingIds', manager, chaired, actor.userId),
    meetingFamilyIds,
    visiblePersonIds: FactSet.none('visiblePersonIds').union(
      ...meetingFamilyIds.parts.map((part) => FactSet.of('visiblePersonIds', manager, membersOf(part.sql), ...part.params)),
    ),
  };
  if (hasRole(actor.roles, ...ATTENDING_ROLES)) {
    facts.invitedMeetingIds = FactSet.of('invitedMeetingIds', manager, invited, actor.agencyId);
    const inScope = `SELECT aip.person_id AS id FROM agenda_item_person aip JOIN agenda_item ai ON ai.id = aip.agenda_item_id WHERE ai.meeting_id IN (${invited})`;
    facts.visiblePersonIds = facts.visiblePersonIds.union(FactSet.of('visiblePersonIds', manager, inScope, actor.agencyId));
  }
  if (hasRole(actor.roles, Role.CASE_PRACTITIONER)) {
    const meetings = `SELECT ai.meeting_id AS id FROM agenda_item ai WHERE ai.family_id IN (${ALLOCATED_FAMILIES_SQL})`;
    facts.allocatedFamilyMeetingIds = FactSet.of('allocatedFamilyMeetingIds', manager, meetings, actor.userId);
  }
  return facts as Partial<AccessFacts>;
}
