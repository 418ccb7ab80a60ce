import { FeaturePermissions, hasRole, Role } from '@waymark/access';

/**
 * Closure and step-down approval. Practitioners and DVA specialists propose (the service then asks the
 * Family rules whether they work on the family); managers approve or return (the service checks the
 * family is their agency's and the proposal not their own). A proposal is read by whoever reads its
 * family; its risk check only by those who may read risk signals (never the harm side).
 * Which levels need approval: administrators set it; those who close episodes, and managers, read it.
 */
export const approvalPermissions: FeaturePermissions = {
  feature: 'episode-approvals',
  rows({ actor }, can) {
    if (hasRole(actor.roles, Role.ADMIN)) can(['read', 'update'], 'EpisodeApprovalSetting');
    if (hasRole(actor.roles, Role.CASE_PRACTITIONER, Role.DVA_SPECIALIST, Role.MANAGER)) can('read', 'EpisodeApprovalSetting');
    if (hasRole(actor.roles, Role.CASE_PRACTITIONER, Role.DVA_SPECIALIST)) can('propose', 'EpisodeChangeProposal');
    if (hasRole(actor.roles, Role.MANAGER)) can('approve', 'EpisodeChangeProposal');
    can('read', 'EpisodeChangeProposal');
  },
};
