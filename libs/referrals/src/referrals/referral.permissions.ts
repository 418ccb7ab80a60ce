import { FeaturePermissions, hasRole, Role } from '@waymark/access';
import { AGENCY_FAMILY_IDS, BREAK_GLASS_FAMILY_IDS } from '@waymark/families';
import { RECEIVING_ROLES, workingFamilyIds } from '../referral-access.facts';

/**
 * Referrals are seen by relationship (docs/domain.md §5.2):
 * - the referring side (allocated case practitioners, co-working DVA specialists, the referrer)
 *   reads them and may submit or withdraw them ('refer');
 * - the receiving service's staff read submitted referrals to their agency and record the
 *   decision and outcome ('respond'); a DRAFT is never theirs to see;
 * - agency representatives and managers read referrals from or to their agency; managers also
 *   read those of their agency's families, and only ever read;
 * - a break-glass grant on the family opens its sent referrals for reading.
 * Whoever works with people causing harm receives only what the victim-side policy lets them.
 */
export const referralPermissions: FeaturePermissions = {
  feature: 'referrals',
  caseRecords: true,
  rows({ actor, facts }, can) {
    if (hasRole(actor.roles, Role.CASE_PRACTITIONER, Role.DVA_SPECIALIST)) {
      can('create', 'Referral');
      can(['read', 'refer'], 'Referral', { familyId: { $inFact: workingFamilyIds(facts) } });
      can(['read', 'refer'], 'Referral', { fromUserId: actor.userId });
    }
    const submittedToMyAgency = { toAgencyId: actor.agencyId, status: { $ne: 'DRAFT' } };
    if (hasRole(actor.roles, ...RECEIVING_ROLES)) can(['read', 'respond'], 'Referral', submittedToMyAgency);
    if (hasRole(actor.roles, Role.AGENCY_REPRESENTATIVE, Role.MANAGER)) {
      can('read', 'Referral', { fromAgencyId: actor.agencyId });
      can('read', 'Referral', submittedToMyAgency);
    }
    if (hasRole(actor.roles, Role.MANAGER)) can('read', 'Referral', { familyId: { $inFact: facts.get(AGENCY_FAMILY_IDS) } });
    // Break-glass opens the family's record, not the referring side's unsent drafts.
    can('read', 'Referral', { familyId: { $inFact: facts.get(BREAK_GLASS_FAMILY_IDS) }, status: { $ne: 'DRAFT' } });
  },
};
