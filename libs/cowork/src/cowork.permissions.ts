import { FeaturePermissions, hasRole, Role } from '@waymark/access';
import { AGENCY_FAMILY_IDS, ALLOCATED_FAMILY_IDS, BREAK_GLASS_FAMILY_IDS, COWORK_FAMILY_IDS } from '@waymark/families';

/**
 * Co-work (docs/domain.md §3.16, §5.2). A case holder (allocated practitioner or team) or a manager of the family's
 * lead agency starts and ends a specialist's co-work; the specialist may end it and logs entries
 * while it is active. Arrangements and entries are seen with the family, by whoever reads the family
 * through a relationship (allocation, co-work, lead agency, break-glass). A specialist keeps reading
 * the entries they wrote after the family closes to them; a manager also audits the entries of their
 * agency's specialists wherever they were logged.
 *
 * `familyAgencyId` in the start/end conditions is the family's lead agency, set on the subject by the
 * service (these actions are only ever checked on one record, never turned into SQL).
 *
 * Notes, reasons and follow-up descriptions are victim-side detail (the victim-side policy).
 */
export const coworkPermissions: FeaturePermissions = {
  feature: 'cowork',
  caseRecords: true,
  rows({ actor, facts }, can) {
    const allocatedFamilyIds = facts.get(ALLOCATED_FAMILY_IDS);
    // The families worked on or audited (not those merely on a meeting the caller runs); each fact is loaded only for its role.
    const readableFamilyIds = facts.get(BREAK_GLASS_FAMILY_IDS).union(allocatedFamilyIds, facts.get(COWORK_FAMILY_IDS), facts.get(AGENCY_FAMILY_IDS));
    can('read', 'CoworkArrangement', { familyId: { $inFact: readableFamilyIds } });
    can('read', 'CoworkEntry', { familyId: { $inFact: readableFamilyIds } });
    // Follow-ups are seen with their entry.
    can('read', 'CoworkFollowUp');

    if (hasRole(actor.roles, Role.CASE_PRACTITIONER)) {
      can(['start', 'end'], 'CoworkArrangement', { familyId: { $inFact: allocatedFamilyIds } });
    }
    if (hasRole(actor.roles, Role.MANAGER)) {
      can(['start', 'end'], 'CoworkArrangement', { familyAgencyId: actor.agencyId });
      can('read', 'CoworkEntry', { specialistAgencyId: actor.agencyId });
    }
    if (hasRole(actor.roles, Role.DVA_SPECIALIST)) {
      can('log', 'CoworkEntry');
      can('end', 'CoworkArrangement', { specialistUserId: actor.userId });
      can('read', 'CoworkArrangement', { specialistUserId: actor.userId });
      can('read', 'CoworkEntry', { specialistUserId: actor.userId });
    }
  },
};
