import { FeaturePermissions, hasRole, Role } from '@waymark/access';

/**
 * Signals are for those coordinating around the family: practitioners, DVA specialists, managers,
 * MARAC coordinators and chairs. Which signals is decided row by row through the Family read rules
 * (allocation, agency, co-work, agendas, break-glass). They are written from victim-side records
 * (separations, contact, suspected harm), so the victim-side policy keeps them from anyone who works
 * with people causing harm.
 * Thresholds are configuration: administrators only.
 */
export const signalPermissions: FeaturePermissions = {
  feature: 'signals',
  rows({ actor }, can) {
    if (hasRole(actor.roles, Role.ADMIN)) can(['read', 'update'], 'SignalSetting');
    if (hasRole(actor.roles, Role.CASE_PRACTITIONER, Role.DVA_SPECIALIST, Role.MANAGER, Role.MARAC_COORDINATOR, Role.MEETING_CHAIR)) {
      can('read', 'RiskSignal');
      can('read', 'PostSeparationReview');
    }
    if (hasRole(actor.roles, Role.CASE_PRACTITIONER, Role.DVA_SPECIALIST, Role.MANAGER, Role.MARAC_COORDINATOR)) can('acknowledge', 'RiskSignal');
    if (hasRole(actor.roles, Role.CASE_PRACTITIONER, Role.DVA_SPECIALIST, Role.MANAGER)) can('review', 'RiskSignal');
  },
};
