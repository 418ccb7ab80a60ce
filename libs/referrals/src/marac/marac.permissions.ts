import { FeaturePermissions, hasRole, Role } from '@waymark/access';

/**
 * The MARAC criteria read a victim's latest DASH, her incidents and her MARAC history across every
 * family she has been part of. They are for those who refer to a MARAC (case practitioners, DVA
 * specialists) and those who run one (coordinators), never for anyone who works with people causing
 * harm, whatever else lets them see the victim's name (an agenda, break-glass): the victim-side policy
 * refuses it to them.
 */
export const maracPermissions: FeaturePermissions = {
  feature: 'marac',
  caseRecords: true,
  rows({ actor }, can) {
    if (hasRole(actor.roles, Role.CASE_PRACTITIONER, Role.DVA_SPECIALIST, Role.MARAC_COORDINATOR)) can('assess', 'MaracCriteria');
  },
};
