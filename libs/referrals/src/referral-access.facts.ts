import { AccessFacts, FactSet, hasRole, Role } from '@waymark/access';
import { Actor } from '@waymark/platform';
import { EntityManager } from 'typeorm';

/** The roles that work on referrals made to their agency's services (docs/domain.md §5.2). */
export const RECEIVING_ROLES = [Role.AGENCY_REPRESENTATIVE, Role.PERPETRATOR_WORKER, Role.DVA_SPECIALIST, Role.CASE_PRACTITIONER, Role.MARAC_COORDINATOR];

export interface ReferralAccessFacts {
  /** Subjects of submitted (non-draft) referrals to the caller's agency, for its receiving staff. */
  referredPersonIds: FactSet;
  /** Of those, subjects of referrals still open (submitted, accepted or engaged): the people the agency is working with now. */
  openReferralPersonIds: FactSet;
  /** For MARAC coordinators: the victims of submitted MARAC referrals to their agency. */
  maracVictimIds: FactSet;
  /** Loaded by the family facts, for managers: their agency's families, whose referrals, incidents and risk assessments they read. */
  agencyFamilyIds: FactSet;
}

/** The family facts (families/family-access.facts.ts) these rules build on, read the same way. */
export interface FamilyRelationshipFacts {
  allocatedFamilyIds: FactSet;
  coworkFamilyIds: FactSet;
  breakGlassFamilyIds: FactSet;
}

const list = (facts: AccessFacts, key: string): FactSet => (facts[key] as FactSet | undefined) ?? FactSet.none(key);

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
export function workingFamilyIds(roles: readonly string[], facts: FamilyRelationshipFacts): FactSet {
  const none = FactSet.none('workingFamilyIds');
  return none.union(
    hasRole(roles, Role.CASE_PRACTITIONER) ? facts.allocatedFamilyIds : none,
    hasRole(roles, Role.DVA_SPECIALIST) ? facts.coworkFamilyIds : none,
  );
}

/**
 * Loaded once per request. The receiving staff of a referral see its subject (added to
 * visiblePersonIds, which other loaders also fill), but only once it is submitted: a DRAFT is the
 * referring side's alone. The person's restricted fields stay governed by person.permissions.ts.
 */
export async function loadReferralAccessFacts(actor: Actor, manager: EntityManager): Promise<Partial<AccessFacts>> {
  if (!hasRole(actor.roles, ...RECEIVING_ROLES)) return {};
  // Whoever works with people causing harm receives only perpetrator-programme referrals.
  const perpetratorWork = hasRole(actor.roles, Role.PERPETRATOR_WORKER) ? ` AND r.service_type = 'PERPETRATOR_PROGRAMME'` : '';
  const received = (more: string) =>
    `SELECT r.subject_person_id AS id FROM referral r WHERE r.to_agency_id = $1 AND r.status <> 'DRAFT'${perpetratorWork}${more}`;
  const referredPersonIds = FactSet.of('referredPersonIds', manager, received(''), actor.agencyId);
  return {
    referredPersonIds,
    openReferralPersonIds: FactSet.of('openReferralPersonIds', manager, received(` AND r.status IN ('SUBMITTED', 'ACCEPTED', 'ENGAGED')`), actor.agencyId),
    ...(hasRole(actor.roles, Role.MARAC_COORDINATOR)
      ? { maracVictimIds: FactSet.of('maracVictimIds', manager, received(` AND r.service_type = 'MARAC'`), actor.agencyId) }
      : {}),
    visiblePersonIds: referredPersonIds,
  };
}
