import { AccessFacts, FactKey, FactSet, hasRole, HARM_SIDE_RECEIVES, REFERRED_TO_MY_SERVICE, Role, SIDE } from '@waymark/access';
import { ALLOCATED_FAMILY_IDS, COWORK_FAMILY_IDS } from '@waymark/families';
import { Actor } from '@waymark/platform';
import { EntityManager } from 'typeorm';

/** The roles that work on referrals made to their agency's services (docs/domain.md §5). */
export const RECEIVING_ROLES = [Role.AGENCY_REPRESENTATIVE, Role.PERPETRATOR_WORKER, Role.DVA_SPECIALIST, Role.CASE_PRACTITIONER, Role.MARAC_COORDINATOR];

/** Of the people referred to the caller's agency, those whose referral is still open (submitted, accepted or engaged): the people it works with now. */
export const OPEN_REFERRAL_PERSON_IDS = FactKey.ids('openReferralPersonIds');
/** For MARAC coordinators: the victims of submitted MARAC referrals to their agency. */
export const MARAC_VICTIM_IDS = FactKey.ids('maracVictimIds');

/**
 * Families whose records the caller works on (and may record in): allocated ones for case
 * practitioners, co-worked ones for DVA specialists (each fact is loaded only for its role). The
 * 'update' rules of family.permissions.ts, as one set.
 */
export function workingFamilyIds(facts: AccessFacts): FactSet {
  return facts.get(ALLOCATED_FAMILY_IDS).union(facts.get(COWORK_FAMILY_IDS));
}

/**
 * Loaded once per request. The receiving staff of a referral see its subject (REFERRED_TO_MY_SERVICE
 * opens the person), but only once it is submitted: a DRAFT is the referring side's alone. Whoever
 * works with people causing harm receives only the referrals the victim-side policy lets them.
 */
export function loadReferralAccessFacts(actor: Actor, manager: EntityManager, facts: AccessFacts): void {
  if (!hasRole(actor.roles, ...RECEIVING_ROLES)) return;
  const harmSide = facts.get(SIDE).worksWithPeopleCausingHarm;
  const received = (more: string) =>
    `SELECT r.subject_person_id AS id FROM referral r WHERE r.to_agency_id = $1 AND r.status <> 'DRAFT'${harmSide ? ` AND r.service_type = $2` : ''}${more}`;
  const params = harmSide ? [actor.agencyId, HARM_SIDE_RECEIVES] : [actor.agencyId];
  facts.add(REFERRED_TO_MY_SERVICE, FactKey.sql(REFERRED_TO_MY_SERVICE, manager, received(''), ...params));
  facts.add(
    OPEN_REFERRAL_PERSON_IDS,
    FactKey.sql(OPEN_REFERRAL_PERSON_IDS, manager, received(` AND r.status IN ('SUBMITTED', 'ACCEPTED', 'ENGAGED')`), ...params),
  );
  if (hasRole(actor.roles, Role.MARAC_COORDINATOR)) {
    facts.add(MARAC_VICTIM_IDS, FactKey.sql(MARAC_VICTIM_IDS, manager, received(` AND r.service_type = 'MARAC'`), ...params));
  }
}
