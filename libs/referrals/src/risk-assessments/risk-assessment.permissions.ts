import { FeaturePermissions, hasRole, Role } from '@waymark/access';
import { AGENCY_FAMILY_IDS, BREAK_GLASS_FAMILY_IDS } from '@waymark/families';
import { MARAC_VICTIM_IDS, OPEN_REFERRAL_PERSON_IDS, workingFamilyIds } from '../referral-access.facts';

/**
 * Risk assessments are read by those working with the family (who record them), managers of its
 * agency or of the assessor's, and through break-glass on the family. A perpetrator worker reads
 * those about a person causing harm while a referral of them to their agency is open (score and
 * judgement: what they need for risk to the family); a MARAC coordinator those of victims referred
 * to their MARAC.
 * The answers are victim-side detail (the victim-side policy).
 */
export const riskAssessmentPermissions: FeaturePermissions = {
  feature: 'risk-assessments',
  caseRecords: true,
  rows({ actor, facts }, can) {
    if (hasRole(actor.roles, Role.CASE_PRACTITIONER, Role.DVA_SPECIALIST)) {
      can('create', 'RiskAssessment');
      can('read', 'RiskAssessment', { familyId: { $inFact: workingFamilyIds(facts) } });
    }
    if (hasRole(actor.roles, Role.MANAGER)) {
      can('read', 'RiskAssessment', { familyId: { $inFact: facts.get(AGENCY_FAMILY_IDS) } });
      can('read', 'RiskAssessment', { agencyId: actor.agencyId });
    }
    if (hasRole(actor.roles, Role.PERPETRATOR_WORKER)) can('read', 'RiskAssessment', { personCausingHarmId: { $inFact: facts.get(OPEN_REFERRAL_PERSON_IDS) } });
    if (hasRole(actor.roles, Role.MARAC_COORDINATOR)) can('read', 'RiskAssessment', { victimPersonId: { $inFact: facts.get(MARAC_VICTIM_IDS) } });
    can('read', 'RiskAssessment', { familyId: { $inFact: facts.get(BREAK_GLASS_FAMILY_IDS) } });
  },
};
