import { FeaturePermissions, hasRole, Role } from '@waymark/access';
import { ALLOCATED_FAMILY_IDS, BREAK_GLASS_FAMILY_IDS, COWORK_FAMILY_IDS } from '@waymark/families';

/**
 * Safety plans (docs/domain.md §3, §5.3). Made and reviewed by the families' case practitioners (allocated)
 * and co-working DVA specialists; read with the family by those, and through break-glass. On top of
 * these rows the victim-side policy takes the whole record away from anyone not working for the victim
 * (ONLY_FOR_THE_VICTIM), whatever opened the family to them: a manager, a coordinator, and above all
 * anyone working with people causing harm never see a plan, not even that one exists.
 */
export const safetyPlanPermissions: FeaturePermissions = {
  feature: 'safety-plans',
  caseRecords: true,
  rows({ actor, facts }, can) {
    const working = facts.get(ALLOCATED_FAMILY_IDS).union(facts.get(COWORK_FAMILY_IDS));
    can('read', 'SafetyPlan', { familyId: { $inFact: working.union(facts.get(BREAK_GLASS_FAMILY_IDS)) } });
    // Reviews are seen with their plan.
    can('read', 'SafetyPlanReview');
    if (hasRole(actor.roles, Role.CASE_PRACTITIONER, Role.DVA_SPECIALIST)) can(['record', 'review'], 'SafetyPlan', { familyId: { $inFact: working } });
  },
};
