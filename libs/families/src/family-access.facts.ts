import { AccessFacts } from '@waymark/access';
import { Actor } from '@waymark/platform';
import { EntityManager } from 'typeorm';

export interface FamilyAccessFacts {
  /** Families allocated (now) to the caller or their team: the ones a case practitioner works on. */
  allocatedFamilyIds: string[];
  /** Families opened to the caller by an active break-glass grant: read only, time-limited. */
  breakGlassFamilyIds: string[];
  /** Everyone who has ever been a member of a family the caller may read. */
  visiblePersonIds: string[];
  /** For managers: members of their agency's families (the people they may merge). */
  agencyPersonIds: string[];
  /** For managers: their agency's families (read by the co-work, referral and risk-assessment rules too). */
  agencyFamilyIds: string[];
  /** Families a DVA specialist co-works. The co-work records (meetings and co-work issue) load it, and must add those families' members to visiblePersonIds too. */
  coworkFamilyIds: string[];
}

export function familyFacts(facts: AccessFacts): FamilyAccessFacts {
  const list = (key: keyof FamilyAccessFacts) => (facts[key] as string[] | undefined) ?? [];
  return {
    allocatedFamilyIds: list('allocatedFamilyIds'),
    breakGlassFamilyIds: list('breakGlassFamilyIds'),
    visiblePersonIds: list('visiblePersonIds'),
    agencyPersonIds: list('agencyPersonIds'),
    agencyFamilyIds: list('agencyFamilyIds'),
    coworkFamilyIds: list('coworkFamilyIds'),
  };
}

/** Loaded once per request by the ability factory. */
export async function loadFamilyAccessFacts(actor: Actor, manager: EntityManager): Promise<Partial<AccessFacts>> {
  const isPractitioner = actor.roles.includes('CASE_PRACTITIONER');
  const isManager = actor.roles.includes('MANAGER');
  const [row] = await manager.query(
    `WITH me AS (SELECT team_id FROM app_user WHERE id = $1),
     allocated AS (
       SELECT a.family_id FROM family_allocation a, me
        WHERE $3 AND a.ended_on IS NULL AND (a.user_id = $1 OR (a.team_id IS NOT NULL AND a.team_id = me.team_id))
     ),
     break_glass AS (
       SELECT g.subject_id AS family_id FROM break_glass_grant g WHERE g.user_id = $1 AND g.subject_type = 'FAMILY' AND g.expires_at > now()
     ),
     agency AS (SELECT f.id AS family_id FROM family f WHERE $4 AND f.agency_id = $2),
     readable AS (SELECT family_id FROM allocated UNION SELECT family_id FROM break_glass UNION SELECT family_id FROM agency)
     SELECT coalesce((SELECT array_agg(DISTINCT family_id::text) FROM allocated), '{}') AS "allocatedFamilyIds",
            coalesce((SELECT array_agg(DISTINCT family_id::text) FROM break_glass), '{}') AS "breakGlassFamilyIds",
            coalesce((SELECT array_agg(DISTINCT m.person_id::text) FROM family_membership m JOIN readable r ON r.family_id = m.family_id), '{}') AS "visiblePersonIds",
            coalesce((SELECT array_agg(DISTINCT m.person_id::text) FROM family_membership m JOIN agency a ON a.family_id = m.family_id), '{}') AS "agencyPersonIds",
            coalesce((SELECT array_agg(family_id::text) FROM agency), '{}') AS "agencyFamilyIds"`,
    [actor.userId, actor.agencyId, isPractitioner, isManager],
  );
  return row;
}
