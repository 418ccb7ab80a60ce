import { FeaturePermissions, hasRole, Role, worksForTheVictim } from '@waymark/access';
import { referralFacts, workingFamilyIds } from '../referral-access.facts';

/**
 * Risk assessments are read by those working with the family (who record them), managers of its
 * agency or of the assessor's, and through break-glass on the family. A perpetrator worker reads
 * those about a person causing harm while a referral of them to their agency is open (score and
 * judgement: what they need for risk to the family); a MARAC coordinator those of victims referred
 * to their MARAC.
 * The answers are restricted: only roles working for the victim, never a perpetrator worker.
 */
export const riskAssessmentPermissions: FeaturePermissions = {
  feature: 'risk-assessments',
  caseRecords: true,
  rows({ actor, facts }, can) {
    const known = referralFacts(facts);
    if (hasRole(actor.roles, Role.CASE_PRACTITIONER, Role.DVA_SPECIALIST)) {
      can('create', 'RiskAssessment');
      can('read', 'RiskAssessment', { familyId: { $inFact: workingFamilyIds(actor.roles, known) } });
    }
    if (hasRole(actor.roles, Role.MANAGER)) {
      can('read', 'RiskAssessment', { familyId: { $inFact: known.agencyFamilyIds } });
      can('read', 'RiskAssessment', { agencyId: actor.agencyId });
    }
    if (hasRole(actor.roles, Role.PERPETRATOR_WORKER)) can('read', 'RiskAssessment', { personCausingHarmId: { $inFact: known.openReferralPersonIds } });
    if (hasRole(actor.roles, Role.MARAC_COORDINATOR)) can('read', 'RiskAssessment', { victimPersonId: { $inFact: known.maracVictimIds } });
    can('read', 'RiskAssessment', { familyId: { $inFact: known.breakGlassFamilyIds } });
  },
  restrictedFields({ actor }, grant) {
    if (!worksForTheVictim(actor.roles)) return;
    grant('RiskAssessment', ['answers']);
  },
};
