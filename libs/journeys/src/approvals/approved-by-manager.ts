import { hasRole, Role } from '@waymark/access';
import { NotFoundError, RequestContext } from '@waymark/platform';
import { EntityManager } from 'typeorm';
import { alreadyDecided, outsideAgency, ownProposal } from './approval.errors';
import { ProposalStatus } from './proposal-status';

/**
 * Authority to make one proposed closure or step down, given by a manager's decision on it instead of
 * the caller's right to update the family (managers read families, they do not work on them). It
 * can only be had from `verify`, which checks the proposal as stored (locked): still waiting, not the
 * caller's own, and the family of the caller's agency. Every transition rule still applies.
 */
export class ApprovedByManager {
  private constructor(
    readonly proposalId: string,
    readonly familyId: string,
    readonly meetingId: string | null,
  ) {}

  static async verify(ctx: RequestContext, manager: EntityManager, proposalId: string): Promise<ApprovedByManager> {
    const [proposal] = await manager.query(
      `SELECT p.id, p.family_id AS "familyId", p.status, p.proposed_by_user_id AS "proposedBy", p.decision_meeting_id AS "meetingId", f.agency_id AS "agencyId"
         FROM episode_change_proposal p JOIN family f ON f.id = p.family_id WHERE p.id = $1 FOR UPDATE OF p`,
      [proposalId],
    );
    if (!proposal) throw new NotFoundError('proposalId: no proposal has that id.');
    const actor = ctx.actor!;
    if (!hasRole(actor.roles, Role.MANAGER) || proposal.agencyId !== actor.agencyId) throw outsideAgency();
    if (proposal.status !== ProposalStatus.WAITING) throw alreadyDecided(proposal.status);
    if (proposal.proposedBy === actor.userId) throw ownProposal();
    return new ApprovedByManager(proposal.id, proposal.familyId, proposal.meetingId);
  }
}
