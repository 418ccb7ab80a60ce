import { FeaturePermissions } from '@waymark/access';

/**
 * Harm records and couples' histories are seen with the family. What practitioners only suspect, and
 * the notes, are held back by the victim-side policy (libs/access/src/policy/victim-side.policy.ts).
 */
export const harmPermissions: FeaturePermissions = {
  feature: 'harm',
  caseRecords: true,
  rows(_ctx, can) {
    can('read', 'HarmRelationship');
    can('read', 'CoupleStatusEvent');
  },
};
