import { AccessFacts, FactSet, hasRole, Role } from '@waymark/access';
import { Actor } from '@waymark/platform';
import { EntityManager } from 'typeorm';

export interface FamilyAccessFacts {
  /** Families allocated (now) to the caller or their team: the ones a case practitioner works on. */
  allocatedFamilyIds: FactSet;
  /** Families opened to the caller by an active break-glass grant: read only, time-limited. */
  breakGlassFamilyIds: FactSet;
  /** Everyone who has ever been a member of a family the caller may read. */
  visiblePersonIds: FactSet;
  /** For managers: members of their agency's families (the people they may merge). */
  agencyPersonIds: FactSet;
  /** For managers: their agency's families (read by the co-work, referral and risk-assessment rules too). */
  agencyFamilyIds: FactSet;
  /** Families a DVA specialist co-works. The co-work records (meetings and co-work issue) load it, and must add those families' members to visiblePersonIds too. */
  coworkFamilyIds: FactSet;
}

export function familyFacts(facts: AccessFacts): FamilyAccessFacts {
  const fact = (key: keyof FamilyAccessFacts) => (facts[key] as FactSet | undefined) ?? FactSet.none(key);
  return {
    allocatedFamilyIds: fact('allocatedFamilyIds'),
    breakGlassFamilyIds: fact('breakGlassFamilyIds'),
    visiblePersonIds: fact('visiblePersonIds'),
    agencyPersonIds: fact('agencyPersonIds'),
    agencyFamilyIds: fact('agencyFamilyIds'),
    coworkFamilyIds: fact('coworkFamilyIds'),
  };
}

/** Families allocated now to the user or their team ($1: the user). */
export const ALLOCATED_FAMILIES_SQL = `SELECT a.family_id AS id FROM family_allocation a
  WHERE a.ended_on IS NULL AND (a.user_id = $1 OR a.team_id = (SELECT u.team_id FROM app_user u WHERE u.id = $1))`;

const membersOf = (families: string) => `SELECT m.person_id AS id FROM family_membership m WHERE m.family_id IN (${families})`;

/**
 * Built once per request by the ability factory: the relationships as SQL, nothing loaded until a
 * list query uses them as subqueries or a record is checked in memory.
 */
export async function loadFamilyAccessFacts(actor: Actor, manager: EntityManager): Promise<Partial<AccessFacts>> {
  const breakGlass = `SELECT g.subject_id AS id FROM break_glass_grant g WHERE g.user_id = $1 AND g.subject_type = 'FAMILY' AND g.expires_at > now()`;
  const agency = `SELECT f.id FROM family f WHERE f.agency_id = $1`;
  const facts: Partial<FamilyAccessFacts> = {
    breakGlassFamilyIds: FactSet.of('breakGlassFamilyIds', manager, breakGlass, actor.userId),
    visiblePersonIds: FactSet.of('visiblePersonIds', manager, membersOf(breakGlass), actor.userId),
  };
  if (hasRole(actor.roles, Role.CASE_PRACTITIONER)) {
    facts.allocatedFamilyIds = FactSet.of('allocatedFamilyIds', manager, ALLOCATED_FAMILIES_SQL, actor.userId);
    facts.visiblePersonIds = facts.visiblePersonIds!.union(FactSet.of('visiblePersonIds', manager, membersOf(ALLOCATED_FAMILIES_SQL), actor.userId));
  }
  if (hasRole(actor.roles, Role.MANAGER)) {
    facts.agencyFamilyIds = FactSet.of('agencyFamilyIds', manager, agency, actor.agencyId);
    facts.agencyPersonIds = FactSet.of('agencyPersonIds', manager, membersOf(agency), actor.agencyId);
    facts.visiblePersonIds = facts.visiblePersonIds!.union(facts.agencyPersonIds);
  }
  return facts as Partial<AccessFacts>;
}
