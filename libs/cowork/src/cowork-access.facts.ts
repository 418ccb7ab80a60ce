import { AccessFacts, FactSet, hasRole, Role } from '@waymark/access';
import { Actor } from '@waymark/platform';
import { EntityManager } from 'typeorm';

/** The facts co-work permissions read: this loader's, and the family facts loader's (libs/families). */
export interface CoworkAccessFacts {
  /** Loaded by the family facts, for managers: families whose lead agency is theirs (they audit the co-work on them). */
  agencyFamilyIds: FactSet;
  /** Loaded here for DVA specialists: families they co-work now. */
  coworkFamilyIds: FactSet;
  /** Loaded by the family facts: families allocated to the caller or their team, and break-glass grants. */
  allocatedFamilyIds: FactSet;
  breakGlassFamilyIds: FactSet;
}

export function coworkFacts(facts: AccessFacts): CoworkAccessFacts {
  const fact = (key: keyof CoworkAccessFacts) => (facts[key] as FactSet | undefined) ?? FactSet.none(key);
  return {
    agencyFamilyIds: fact('agencyFamilyIds'),
    coworkFamilyIds: fact('coworkFamilyIds'),
    allocatedFamilyIds: fact('allocatedFamilyIds'),
    breakGlassFamilyIds: fact('breakGlassFamilyIds'),
  };
}

/**
 * Built once per request. For a DVA specialist: the families they co-work now (`coworkFamilyIds`,
 * read by family.permissions.ts) and everyone who has been a member of them (added to
 * `visiblePersonIds`, which other loaders also feed: the ability factory unites them). An ended
 * arrangement contributes nothing, so the family closes to the specialist again.
 */
export async function loadCoworkAccessFacts(actor: Actor, manager: EntityManager): Promise<Partial<AccessFacts>> {
  if (!hasRole(actor.roles, Role.DVA_SPECIALIST)) return {};
  const coworked = `SELECT a.family_id AS id FROM cowork_arrangement a WHERE a.specialist_user_id = $1 AND a.ended_on IS NULL`;
  return {
    coworkFamilyIds: FactSet.of('coworkFamilyIds', manager, coworked, actor.userId),
    visiblePersonIds: FactSet.of(
      'visiblePersonIds',
      manager,
      `SELECT m.person_id AS id FROM family_membership m WHERE m.family_id IN (${coworked})`,
      actor.userId,
    ),
  };
}
