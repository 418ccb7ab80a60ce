import { Injectable } from '@nestjs/common';
import { AuditService } from '@waymark/audit';
import { FamilyService } from '@waymark/families';
import { NotFoundError, RequestContext, TransactionalConnection } from '@waymark/platform';
import { CloseEpisodeInput } from '../dto/close-episode.input';
import { StepEpisodeInput } from '../dto/open-episode.input';
import { EpisodeChange, EpisodeService } from '../episode.service';
import { InterventionLevel, TransitionKind } from '../intervention-level';
import { approvalNotRequired, proposalWaiting, riskChanged } from './approval.errors';
import { ApprovedByManager } from './approved-by-manager';
import { ApproveEpisodeChangeInput, ReturnEpisodeChangeInput } from './dto/decide-episode-change.input';
import { EpisodeApprovalSettingsService } from './episode-approval-settings.service';
import { EpisodeChangeProposalEntity } from './episode-change-proposal.entity';
import { ProposalStatus } from './proposal-status';
import { RiskCheckService } from './risk-check.service';
import { StoredRiskCheck } from './risk-check';

type ProposedKind = TransitionKind.CLOSE | TransitionKind.STEP_DOWN;

/**
 * Closure and step-down approval (issue 18): where the partnership requires it for the episode's level,
 * a practitioner proposes, and a manager of the family's agency approves (the change is then made in
 * the same transaction) or returns it, each with the pre-closure risk check kept as it stood.
 */
@Injectable()
export class EpisodeChangeProposalService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly episodes: EpisodeService,
    private readonly families: FamilyService,
    private readonly settings: EpisodeApprovalSettingsService,
    private readonly riskCheck: RiskCheckService,
  ) {}

  proposeClosure(ctx: RequestContext, input: CloseEpisodeInput): Promise<EpisodeChangeProposalEntity> {
    return this.propose(ctx, TransitionKind.CLOSE, input);
  }

  proposeStepDown(ctx: RequestContext, input: StepEpisodeInput): Promise<EpisodeChangeProposalEntity> {
    return this.propose(ctx, TransitionKind.STEP_DOWN, input);
  }

  async approve(ctx: RequestContext, input: ApproveEpisodeChangeInput): Promise<EpisodeChangeProposalEntity> {
    const authority = await ApprovedByManager.verify(ctx, this.db.manager(ctx), input.proposalId);
    const proposal = await this.db.repository(ctx, EpisodeChangeProposalEntity).findOneByOrFail({ id: input.proposalId });
    const risk = await this.riskCheck.compute(ctx, proposal);
    if (risk.digest !== input.riskCheckDigest) throw riskChanged();
    const change = await this.make(ctx, proposal, authority);
    return this.decide(ctx, proposal, ProposalStatus.APPROVED, input.note, risk, change.transition.id);
  }

  async returnToPractitioner(ctx: RequestContext, input: ReturnEpisodeChangeInput): Promise<EpisodeChangeProposalEntity> {
    await ApprovedByManager.verify(ctx, this.db.manager(ctx), input.proposalId);
    const proposal = await this.db.repository(ctx, EpisodeChangeProposalEntity).findOneByOrFail({ id: input.proposalId });
    return this.decide(ctx, proposal, ProposalStatus.RETURNED, input.reason, await this.riskCheck.compute(ctx, proposal), null);
  }

  /** One proposal, for whoever may read its family. */
  async get(ctx: RequestContext, id: string): Promise<EpisodeChangeProposalEntity> {
    const proposal = await this.db.repository(ctx, EpisodeChangeProposalEntity).findOneBy({ id });
    if (!proposal) throw new NotFoundError('id: no proposal has that id.');
    await this.families.get(ctx, proposal.familyId);
    return proposal;
  }

  /** Waiting on the calling manager: their agency's families, not their own proposals, oldest first. */
  waitingOnMe(ctx: RequestContext): Promise<EpisodeChangeProposalEntity[]> {
    const actor = ctx.actor!;
    return this.db
      .repository(ctx, EpisodeChangeProposalEntity)
      .createQueryBuilder('p')
      .innerJoin('family', 'f', 'f.id = p.family_id')
      .where('p.status = :waiting AND f.agency_id = :agencyId AND p.proposed_by_user_id <> :userId', {
        waiting: ProposalStatus.WAITING,
        agencyId: actor.agencyId,
        userId: actor.userId,
      })
      .orderBy('p.proposed_at', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
  }

  /** An episode's proposals, newest first (the episode is already visible to the caller). */
  forEpisode(ctx: RequestContext, episodeId: string): Promise<EpisodeChangeProposalEntity[]> {
    return this.db.repository(ctx, EpisodeChangeProposalEntity).find({ where: { episodeId }, order: { proposedAt: 'DESC', id: 'DESC' } });
  }

  /** The risk check as it stands now while the proposal waits, or as it stood when it was decided. */
  async riskCheckOf(ctx: RequestContext, proposal: EpisodeChangeProposalEntity) {
    const check = proposal.riskAtDecision ?? (await this.riskCheck.compute(ctx, proposal));
    return this.riskCheck.inWords(ctx, check);
  }

  private async propose(ctx: RequestContext, kind: ProposedKind, input: CloseEpisodeInput | StepEpisodeInput): Promise<EpisodeChangeProposalEntity> {
    // Every rule of the change itself, now: the proposer may update the family, the episode is open, the date and level are in order.
    const episode = await this.episodes.checkProposal(ctx, kind, input);
    if (!(await this.settings.requiresApproval(ctx, episode.level))) throw approvalNotRequired(episode.level);
    const proposals = this.db.repository(ctx, EpisodeChangeProposalEntity);
    const waiting = await proposals.findOneBy({ episodeId: episode.id, status: ProposalStatus.WAITING });
    if (waiting) throw proposalWaiting(waiting.id);
    const closing = kind === TransitionKind.CLOSE ? (input as CloseEpisodeInput) : null;
    const proposal = await proposals.save({
      episodeId: episode.id,
      familyId: episode.familyId,
      kind,
      fromLevel: episode.level,
      toLevel: closing ? InterventionLevel.NONE : (input as StepEpisodeInput).toLevel,
      occurredOn: input.occurredOn,
      closureReason: closing?.closureReason ?? null,
      closureSubReason: closing?.closureSubReason ?? null,
      reason: input.reason?.trim() || null,
      decisionMeetingId: input.decisionMeetingId ?? null,
      proposedByUserId: ctx.actor!.userId,
      status: ProposalStatus.WAITING,
    });
    await this.audit.record(ctx, {
      action: 'episode_change_proposal.propose',
      subjectType: 'Family',
      subjectId: episode.familyId,
      detail: { proposalId: proposal.id, episodeId: episode.id, kind, fromLevel: proposal.fromLevel, toLevel: proposal.toLevel },
    });
    return proposals.findOneByOrFail({ id: proposal.id });
  }

  private make(ctx: RequestContext, p: EpisodeChangeProposalEntity, authority: ApprovedByManager): Promise<EpisodeChange> {
    const details = { episodeId: p.episodeId, occurredOn: p.occurredOn, reason: p.reason ?? undefined, decisionMeetingId: p.decisionMeetingId ?? undefined };
    return p.kind === TransitionKind.CLOSE
      ? this.episodes.close(ctx, { ...details, closureReason: p.closureReason!, closureSubReason: p.closureSubReason ?? undefined }, authority)
      : this.episodes.stepDown(ctx, { ...details, toLevel: p.toLevel }, authority);
  }

  private async decide(
    ctx: RequestContext,
    proposal: EpisodeChangeProposalEntity,
    status: ProposalStatus,
    note: string,
    risk: StoredRiskCheck,
    transitionId: string | null,
  ): Promise<EpisodeChangeProposalEntity> {
    const decided = { status, decidedByUserId: ctx.actor!.userId, decidedAt: new Date(), decisionNote: note, riskAtDecision: risk, transitionId };
    await this.db.repository(ctx, EpisodeChangeProposalEntity).update(proposal.id, decided);
    await this.audit.record(ctx, {
      action: status === ProposalStatus.APPROVED ? 'episode_change_proposal.approve' : 'episode_change_proposal.return',
      subjectType: 'Family',
      subjectId: proposal.familyId,
      detail: {
        proposalId: proposal.id,
        episodeId: proposal.episodeId,
        kind: proposal.kind,
        proposedByUserId: proposal.proposedByUserId,
        riskCheck: { asOf: risk.asOf, digest: risk.digest, signals: risk.signals.map((s) => ({ kind: s.kind, severity: s.severity })) },
        ...(transitionId ? { transitionId } : {}),
      },
    });
    return { ...proposal, ...decided };
  }
}
