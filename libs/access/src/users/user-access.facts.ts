import { Actor } from '@waymark/platform';
import { EntityManager } from 'typeorm';
import { AccessFacts, FactKey } from '../ability/access-facts';
import { hasRole, Role } from '../roles';

/** Who takes part in running a meeting: those who may chair it and those who attend for their agency. */
export const MEETING_STAFF_ROLES = [Role.MEETING_CHAIR, Role.MARAC_COORDINATOR, Role.AGENCY_REPRESENTATIVE, Role.DVA_SPECIALIST, Role.PERPETRATOR_WORKER];

/** Active accounts across the partnership holding a meeting role: whom a coordinator picks as chair or expects to attend. */
export const MEETING_STAFF_IDS = FactKey.ids('meetingStaffIds');

/** Loaded for coordinators only: they schedule meetings for the whole partnership. */
export function loadUserAccessFacts(actor: Actor, manager: EntityManager, facts: AccessFacts): void {
  if (!hasRole(actor.roles, Role.MARAC_COORDINATOR)) return;
  const staff = `SELECT u.id FROM app_user u WHERE u.active AND u.roles && $1::text[]`;
  facts.add(MEETING_STAFF_IDS, FactKey.sql(MEETING_STAFF_IDS, manager, staff, MEETING_STAFF_ROLES));
}
