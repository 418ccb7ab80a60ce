import { FeaturePermissions, hasRole, Role, worksForTheVictim } from '@waymark/access';

/**
 * Harm records and couples' histories are seen with the family. But nobody who works with people
 * causing harm (a perpetrator worker) sees what practitioners only suspect, and free-text notes are
 * for those working for the victim: either could reach the person causing harm and endanger the victim.
 */
export const harmPermissions: FeaturePermissions = {
  feature: 'harm',
  caseRecords: true,
  rows({ actor }, can, cannot) {
    can('read', 'HarmRelationship');
    can('read', 'CoupleStatusEvent');
    if (hasRole(actor.roles, Role.PERPETRATOR_WORKER)) cannot('read', 'HarmRelationship', { disclosure: 'SUSPECTED_NOT_DISCLOSED' });
  },
  restrictedFields({ actor }, grant) {
    if (!worksForTheVictim(actor.roles)) return;
    grant('HarmRelationship', ['note']);
    // Separation notes ("moved to …") can say where someone now lives.
    grant('CoupleStatusEvent', ['note']);
  },
};
