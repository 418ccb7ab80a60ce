import { AccessFacts, hasRole, Role } from '@waymark/access';
import { Actor } from '@waymark/platform';
import { EntityManager } from 'typeorm';

/** The roles that work on referrals made to their agency's services (DOMAIN §5). */
export const RECEIVING_ROLES = [Role.AGENCY_REPRESENTATIVE, Role.PERPETRATOR_WORKER, Role.DVA_SPECIALIST, Role.CASE_PRACTITIONER, Role.MARAC_COORDINATOR];

export interface ReferralAccessFacts {
  /** Subjects of submitted (non-draft) referrals to the caller's agency, for its receiving staff. */
  referredPersonIds: string[];
  /** Of those, subjects of referrals still open (submitted, accepted or engaged): the people the agency is working with now. */
  openReferralPersonIds: string[];
  /** For MARAC coordinators: the victims of submitted MARAC referrals to their agency. */
  maracVictimIds: string[];
  /** Loaded by the family facts, for managers: their agency's families, whose referrals, incidents and risk assessments they read. */
  agencyFamilyIds: string[];
}

/** The family facts (families/family-access.facts.ts) these rules build on, read the same way. */
export interface FamilyRelationshipFacts {
  allocatedFamilyIds: string[];
  coworkFamilyIds: string[];
  breakGlassFamilyIds: string[];
}

const list = (facts: AccessFacts, key: string): string[] => (facts[key] as string[] | undefined) ?? [];

export function referralFacts(facts: AccessFacts): ReferralAccessFacts & FamilyRelationshipFacts {
  return {
    referredPersonIds: list(facts, 'referredPersonIds'),
    openReferralPersonIds: list(facts, 'openReferralPersonIds'),
    maracVictimIds: list(facts, 'maracVictimIds'),
    agencyFamilyIds: list(facts, 'agencyFamilyIds'),
    allocatedFamilyIds: list(facts, 'allocatedFamilyIds'),
    coworkFamilyIds: list(facts, 'coworkFamilyIds'),
    breakGlassFamilyIds: list(facts, 'breakGlassFamilyIds'),
  };
}

/**
 * Families whose records the caller works on (and may record in): allocated ones for case
 * practitioners, co-worked ones for DVA specialists. Mirrors the 'update' rules of family.permissions.ts.
 */
export function workingFamilyIds(roles: readonly string[], facts: FamilyRelationshipFacts): string[] {
  return [...(hasRole(roles, Role.CASE_PRACTITIONER) ? facts.allocatedFamilyIds : []), ...(hasRole(roles, Role.DVA_SPECIALIST) ? facts.coworkFamilyIds : [])];
}

/**
 * Loaded once per request. The receiving staff of a referral see its subject (added to
 * visiblePersonIds, which other loaders also fill), but only once it is submitted: a DRAFT is the
 * referring side's alone. The person's restricted fields stay governed by person.permissions.ts.
 */
export async function loadReferralAccessFacts(actor: Actor, manager: EntityManager): Promise<Partial<AccessFacts>> {
  if (!hasRole(actor.roles, ...RECEIVING_ROLES)) return {};
  const coordinator = hasRole(actor.roles, Role.MARAC_COORDINATOR);
  const [row] = await manager.query(
    `WITH received AS (
       SELECT r.subject_person_id, r.status, r.service_type AS type FROM referral r
        WHERE r.to_agency_id = $1 AND r.status <> 'DRAFT' AND (NOT $3 OR r.service_type = 'PERPETRATOR_PROGRAMME')
     )
     SELECT coalesce((SELECT array_agg(DISTINCT subject_person_id::text) FROM received), '{}') AS "referredPersonIds",
            coalesce((SELECT array_agg(DISTINCT subject_person_id::text) FROM received WHERE status IN ('SUBMITTED', 'ACCEPTED', 'ENGAGED')), '{}') AS "openReferralPersonIds",
            coalesce((SELECT array_agg(DISTINCT subject_person_id::text) FROM received WHERE $2 AND type = 'MARAC'), '{}') AS "maracVictimIds"`,
    [actor.agencyId, coordinator, hasRole(actor.roles, Role.PERPETRATOR_WORKER)],
  );
  return { ...row, visiblePersonIds: row.referredPersonIds };
}
