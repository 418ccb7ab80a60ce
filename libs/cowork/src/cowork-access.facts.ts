import { AccessFacts, hasRole, Role } from '@waymark/access';
import { Actor } from '@waymark/platform';
import { EntityManager } from 'typeorm';

/** The facts co-work permissions read: this loader's, and the family facts loader's (libs/families). */
export interface CoworkAccessFacts {
  /** Loaded by the family facts, for managers: families whose lead agency is theirs (they audit the co-work on them). */
  agencyFamilyIds: string[];
  /** Loaded here for DVA specialists: families they co-work now. */
  coworkFamilyIds: string[];
  /** Loaded by the family facts: families allocated to the caller or their team, and break-glass grants. */
  allocatedFamilyIds: string[];
  breakGlassFamilyIds: string[];
}

export function coworkFacts(facts: AccessFacts): CoworkAccessFacts {
  const list = (key: keyof CoworkAccessFacts) => (facts[key] as string[] | undefined) ?? [];
  return {
    agencyFamilyIds: list('agencyFamilyIds'),
    coworkFamilyIds: list('coworkFamilyIds'),
    allocatedFamilyIds: list('allocatedFamilyIds'),
    breakGlassFamilyIds: list('breakGlassFamilyIds'),
  };
}

/**
 * Loaded once per request by the ability factory. For a DVA specialist: the families they co-work
 * now (`coworkFamilyIds`, read by family.permissions.ts) and everyone who has been a member of them
 * (added to `visiblePersonIds`, which other loaders also feed: the ability factory unites them).
 * An ended arrangement contributes nothing, so the family closes to the specialist again.
 */
export async function loadCoworkAccessFacts(actor: Actor, manager: EntityManager): Promise<Partial<AccessFacts>> {
  if (!hasRole(actor.roles, Role.DVA_SPECIALIST)) return {};
  const [row] = await manager.query(
    `WITH coworked AS (
       SELECT a.family_id FROM cowork_arrangement a WHERE a.specialist_user_id = $1 AND a.ended_on IS NULL
     )
     SELECT coalesce((SELECT array_agg(DISTINCT family_id::text) FROM coworked), '{}') AS "coworkFamilyIds",
            coalesce((SELECT array_agg(DISTINCT m.person_id::text) FROM family_membership m JOIN coworked c ON c.family_id = m.family_id), '{}') AS "visiblePersonIds"`,
    [actor.userId],
  );
  return row;
}
