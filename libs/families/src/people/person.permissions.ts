import { FactSet, FeaturePermissions, hasRole, Role, worksForTheVictim } from '@waymark/access';
import { familyFacts } from '../family-access.facts';

/**
 * People are visible through the families the caller may see, and to whoever recorded them.
 * The confidential address and safe-contact details are shown only to roles working for the adult
 * victim, and never to a user who also works with people causing harm.
 */
export const personPermissions: FeaturePermissions = {
  feature: 'people',
  caseRecords: true,
  rows({ actor, facts }, can) {
    const { visiblePersonIds, agencyPersonIds } = familyFacts(facts);
    if (hasRole(actor.roles, Role.CASE_PRACTITIONER, Role.DVA_SPECIALIST)) can('create', 'Person');
    can('read', 'Person', { id: { $inFact: visiblePersonIds } });
    can('read', 'Person', { createdByUserId: actor.userId });
    // Merging needs both records in this manager's agency's families (never via break-glass); the merge service checks each.
    if (hasRole(actor.roles, Role.MANAGER)) can('merge', 'Person', { id: { $inFact: agencyPersonIds } });
  },
  restrictedFields({ actor, facts }, grant) {
    // Details that can find or be used against someone (a new name, immigration status, a disability):
    // everyone who can see the person, except those working with people causing harm, who see them only
    // on the people referred to their own service.
    const sensitive = ['aliases', 'disability', 'immigrationStatus', 'noRecourseToPublicFunds'];
    if (hasRole(actor.roles, Role.PERPETRATOR_WORKER))
      grant('Person', sensitive, { id: { $inFact: (facts.referredPersonIds as FactSet | undefined) ?? FactSet.none('referredPersonIds') } });
    else grant('Person', sensitive);
    if (!worksForTheVictim(actor.roles)) return;
    // On top of row access: a victim-side worker sees these fields of every person they can see.
    grant('Person', ['confidentialAddress', 'safeContactDetails', 'postcodeArea']);
  },
};
