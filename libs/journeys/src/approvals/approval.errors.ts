import { ErrorCode, WaymarkError } from '@waymark/platform';
import { levelWords } from '@waymark/signals';
import { InterventionLevel } from '../intervention-level';

/**
 * The coded refusals of closure and step-down approval. Each carries `extensions.code` (the kind of
 * problem) and `extensions.reason` (which one), so a client can point the user to the next step.
 */
export enum ApprovalRefusal {
  APPROVAL_REQUIRED = 'APPROVAL_REQUIRED',
  APPROVAL_NOT_REQUIRED = 'APPROVAL_NOT_REQUIRED',
  PROPOSAL_WAITING = 'PROPOSAL_WAITING',
  OWN_PROPOSAL = 'OWN_PROPOSAL',
  OUTSIDE_AGENCY = 'OUTSIDE_AGENCY',
  ALREADY_DECIDED = 'ALREADY_DECIDED',
  RISK_CHANGED = 'RISK_CHANGED',
}

const refusal = (code: ErrorCode, reason: ApprovalRefusal, message: string, details: Record<string, unknown> = {}) =>
  new WaymarkError(code, message, { reason, ...details });

const LEVEL_NAMES: Partial<Record<InterventionLevel, string>> = { CP_PLAN: 'a child protection plan', LAC: 'looked after' };
const atLevel = (level: InterventionLevel) => LEVEL_NAMES[level] ?? levelWords(level);

export const approvalRequired = (what: 'closed' | 'stepped down', level: InterventionLevel, proposalId: string | null) =>
  refusal(
    ErrorCode.CONFLICT,
    ApprovalRefusal.APPROVAL_REQUIRED,
    proposalId
      ? `An episode at ${atLevel(level)} is ${what} only with a manager's approval, and a proposal is already waiting for it (${proposalId}).`
      : `An episode at ${atLevel(level)} is ${what} only with a manager's approval: propose it (proposeEpisodeClosure or proposeStepDown) and a manager of the family's agency will approve it or return it.`,
    { proposalId },
  );

export const approvalNotRequired = (level: InterventionLevel) =>
  refusal(
    ErrorCode.CONFLICT,
    ApprovalRefusal.APPROVAL_NOT_REQUIRED,
    `An episode at ${atLevel(level)} needs no approval in this partnership: close it or step it down directly.`,
  );

export const proposalWaiting = (proposalId: string) =>
  refusal(ErrorCode.CONFLICT, ApprovalRefusal.PROPOSAL_WAITING, `A proposal for this episode is already waiting on a manager (${proposalId}).`, {
    proposalId,
  });

export const ownProposal = () =>
  refusal(ErrorCode.FORBIDDEN, ApprovalRefusal.OWN_PROPOSAL, 'You proposed this change yourself: another manager of the agency must decide it.');

export const outsideAgency = () =>
  refusal(
    ErrorCode.FORBIDDEN,
    ApprovalRefusal.OUTSIDE_AGENCY,
    'This family belongs to another agency: only its own managers approve or return its closures and step downs.',
  );

export const alreadyDecided = (status: string) =>
  refusal(ErrorCode.CONFLICT, ApprovalRefusal.ALREADY_DECIDED, `This proposal was already ${status.toLowerCase()}; nothing more can be decided on it.`);

export const riskChanged = () =>
  refusal(
    ErrorCode.CONFLICT,
    ApprovalRefusal.RISK_CHANGED,
    'The risk check has changed since you read it (something was recorded on the family meanwhile). Read it again before you decide; nothing was approved.',
  );
