import { AccessFacts, hasRole, Role } from '@waymark/access';
import { Actor } from '@waymark/platform';
import { EntityManager } from 'typeorm';

export interface MeetingAccessFacts {
  /** Meetings the caller's agency is invited to (loaded for the roles that attend for their agency). */
  invitedMeetingIds: string[];
  /** Meetings the caller chairs, whatever their role: chairing is the relationship. */
  chairedMeetingIds: string[];
  /** Meetings with an item about a family allocated to the caller or their team (case practitioners). */
  allocatedFamilyMeetingIds: string[];
  /** Families listed on meetings the caller chairs or (as a coordinator) whose agency organises them. */
  meetingFamilyIds: string[];
}

/** Roles that attend a meeting for their agency and see its agenda (DOMAIN §5). */
export const ATTENDING_ROLES = [Role.AGENCY_REPRESENTATIVE, Role.PERPETRATOR_WORKER, Role.DVA_SPECIALIST];

export function meetingFacts(facts: AccessFacts): MeetingAccessFacts {
  const list = (key: keyof MeetingAccessFacts) => (facts[key] as string[] | undefined) ?? [];
  return {
    invitedMeetingIds: list('invitedMeetingIds'),
    chairedMeetingIds: list('chairedMeetingIds'),
    allocatedFamilyMeetingIds: list('allocatedFamilyMeetingIds'),
    meetingFamilyIds: list('meetingFamilyIds'),
  };
}

/**
 * Loaded once per request. Adds to `visiblePersonIds` (united with the families loader's): the
 * people in scope of items on meetings the caller's agency is invited to, and every member of the
 * families on meetings the caller runs (they record journey decisions for those families).
 * The allocation rule below is the families loader's own (current allocation to the user or their team).
 */
export async function loadMeetingAccessFacts(actor: Actor, manager: EntityManager): Promise<Partial<AccessFacts>> {
  const attends = hasRole(actor.roles, ...ATTENDING_ROLES);
  const coordinates = hasRole(actor.roles, Role.MARAC_COORDINATOR);
  const practises = hasRole(actor.roles, Role.CASE_PRACTITIONER);
  const [row] = await manager.query(
    `WITH me AS (SELECT team_id FROM app_user WHERE id = $1),
     invited AS (SELECT ma.meeting_id FROM meeting_agency ma WHERE $3 AND ma.agency_id = $2),
     chaired AS (SELECT m.id AS meeting_id FROM meeting m WHERE m.chair_user_id = $1),
     running AS (
       SELECT meeting_id FROM chaired
       UNION SELECT m.id FROM meeting m WHERE $4 AND m.organising_agency_id = $2
     ),
     allocated AS (
       SELECT DISTINCT ai.meeting_id FROM agenda_item ai
         JOIN family_allocation a ON a.family_id = ai.family_id, me
        WHERE $5 AND a.ended_on IS NULL AND (a.user_id = $1 OR (a.team_id IS NOT NULL AND a.team_id = me.team_id))
     ),
     run_families AS (SELECT DISTINCT ai.family_id FROM agenda_item ai JOIN running r ON r.meeting_id = ai.meeting_id),
     people AS (
       SELECT aip.person_id FROM agenda_item_person aip JOIN agenda_item ai ON ai.id = aip.agenda_item_id JOIN invited i ON i.meeting_id = ai.meeting_id
       UNION SELECT m.person_id FROM family_membership m JOIN run_families f ON f.family_id = m.family_id
     )
     SELECT coalesce((SELECT array_agg(DISTINCT meeting_id::text) FROM invited), '{}') AS "invitedMeetingIds",
            coalesce((SELECT array_agg(meeting_id::text) FROM chaired), '{}') AS "chairedMeetingIds",
            coalesce((SELECT array_agg(meeting_id::text) FROM allocated), '{}') AS "allocatedFamilyMeetingIds",
            coalesce((SELECT array_agg(family_id::text) FROM run_families), '{}') AS "meetingFamilyIds",
            coalesce((SELECT array_agg(person_id::text) FROM people), '{}') AS "visiblePersonIds"`,
    [actor.userId, actor.agencyId, attends, coordinates, practises],
  );
  return row;
}
