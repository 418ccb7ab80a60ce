import { Actor } from '@waymark/platform';
import { EntityManager } from 'typeorm';
import { AccessFacts } from '../ability/app-ability';
import { FactSet } from '../ability/fact-set';
import { hasRole, Role } from '../roles';

/** Who takes part in running a meeting: those who may chair it and those who attend for their agency. */
export const MEETING_STAFF_ROLES = [Role.MEETING_CHAIR, Role.MARAC_COORDINATOR, Role.AGENCY_REPRESENTATIVE, Role.DVA_SPECIALIST, Role.PERPETRATOR_WORKER];

export interface UserAccessFacts {
  /** Active accounts across the partnership holding a meeting role: whom a coordinator picks as chair or expects to attend. */
  meetingStaffIds: FactSet;
}

export function userFacts(facts: AccessFacts): UserAccessFacts {
  return { meetingStaffIds: (facts.meetingStaffIds as FactSet | undefined) ?? FactSet.none('meetingStaffIds') };
}

/** Loaded for coordinators only: they schedule meetings for the whole partnership. */
export async function loadUserAccessFacts(actor: Actor, manager: EntityManager): Promise<Partial<AccessFacts>> {
  if (!hasRole(actor.roles, Role.MARAC_COORDINATOR)) return {};
  const staff = `SELECT u.id FROM app_user u WHERE u.active AND u.roles && $1::text[]`;
  return { meetingStaffIds: FactSet.of('meetingStaffIds', manager, staff, MEETING_STAFF_ROLES) };
}
