import { FeaturePermissions, hasRole, Role } from '@waymark/access';
import { AGENCY_FAMILY_IDS, ALLOCATED_FAMILY_IDS, BREAK_GLASS_FAMILY_IDS, COWORK_FAMILY_IDS } from '@waymark/families';

/**
 * The person causing harm's own work (docs/domain.md §1.3, §5):
 * - perpetrator workers record sessions and their view of risk on referrals to their own agency
 *   (checked on the referral: `toAgencyId`); the referral's lifecycle rules say it must be accepted;
 * - sessions are read with the referral, by whoever may read it;
 * - the view of risk is shared with the family's case holders (allocated practitioners, co-working
 *   DVA specialists), the managers of its lead agency, break-glass, and the agency that wrote it.
 */
export const programmePermissions: FeaturePermissions = {
  feature: 'programmes',
  caseRecords: true,
  rows({ actor, facts }, can) {
    can('read', 'ProgrammeSession');
    const holders = facts.get(ALLOCATED_FAMILY_IDS).union(facts.get(COWORK_FAMILY_IDS), facts.get(AGENCY_FAMILY_IDS), facts.get(BREAK_GLASS_FAMILY_IDS));
    can('read', 'PerpetratorRiskView', { familyId: { $inFact: holders } });
    can('read', 'PerpetratorRiskView', { recordedByAgencyId: actor.agencyId });
    if (hasRole(actor.roles, Role.PERPETRATOR_WORKER)) can('record', ['ProgrammeSession', 'PerpetratorRiskView'], { toAgencyId: actor.agencyId });
  },
};
