import { AccessFacts } from '@waymark/access';
import { Actor } from '@waymark/platform';
import { EntityManager } from 'typeorm';

export interface FamilyAccessFacts {
  /** Families the caller works with: allocated to them or their team, or opened by break-glass. */
  workingFamilyIds: string[];
  /** Everyone who has ever been a member of a family the caller may see (their own agency's, for managers). */
  visiblePersonIds: string[];
  /** Families a DVA specialist co-works. The co-work records (meetings and co-work issue) load it, and must add those families' members to visiblePersonIds too. */
  coworkFamilyIds: string[];
}

export function familyFacts(facts: AccessFacts): FamilyAccessFacts {
  return {
    workingFamilyIds: (facts.workingFamilyIds as string[] | undefined) ?? [],
    visiblePersonIds: (facts.visiblePersonIds as string[] | undefined) ?? [],
    coworkFamilyIds: (facts.coworkFamilyIds as string[] | undefined) ?? [],
  };
}

/** Loaded once per request by the ability factory. */
export async function loadFamilyAccessFacts(actor: Actor, manager: EntityManager): Promise<Partial<AccessFacts>> {
  const [row] = await manager.query(
    `WITH me AS (SELECT team_id FROM app_user WHERE id = $1),
     working AS (
       SELECT a.family_id FROM family_allocation a, me
        WHERE a.ended_on IS NULL AND (a.user_id = $1 OR (a.team_id IS NOT NULL AND a.team_id = me.team_id))
       UNION
       SELECT g.subject_id FROM break_glass_grant g WHERE g.user_id = $1 AND g.subject_type = 'FAMILY' AND g.expires_at > now()
     ),
     visible AS (
       SELECT family_id FROM working
       UNION
       SELECT f.id FROM family f WHERE $3 AND f.agency_id = $2
     )
     SELECT coalesce((SELECT array_agg(family_id::text) FROM working), '{}') AS "workingFamilyIds",
            coalesce((SELECT array_agg(DISTINCT m.person_id::text) FROM family_membership m JOIN visible v ON v.family_id = m.family_id), '{}') AS "visiblePersonIds"`,
    [actor.userId, actor.agencyId, actor.roles.includes('MANAGER')],
  );
  return row;
}
