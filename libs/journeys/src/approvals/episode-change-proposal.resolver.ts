import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UserEntity, UserModel } from '@waymark/access';
import { FamilyModel, FamilyService } from '@waymark/families';
import { Ctx, EntityLoader, RequestContext, RequirePermission } from '@waymark/platform';
import { CloseEpisodeInput } from '../dto/close-episode.input';
import { StepEpisodeInput } from '../dto/open-episode.input';
import { EpisodeEntity } from '../episode.entity';
import { EpisodeModel } from '../episode.model';
import { ApproveEpisodeChangeInput, ReturnEpisodeChangeInput } from './dto/decide-episode-change.input';
import { EpisodeChangeProposalEntity } from './episode-change-proposal.entity';
import { EpisodeChangeProposalModel, RiskCheckModel } from './episode-change-proposal.model';
import { EpisodeChangeProposalService } from './episode-change-proposal.service';

@Resolver(() => EpisodeChangeProposalModel)
export class EpisodeChangeProposalResolver {
  constructor(
    private readonly proposals: EpisodeChangeProposalService,
    private readonly loader: EntityLoader,
    private readonly families: FamilyService,
  ) {}

  @Mutation(() => EpisodeChangeProposalModel, { description: "Proposes closing an episode at a level that closes only with a manager's approval." })
  @RequirePermission('propose', 'EpisodeChangeProposal', { refusal: 'Only those working on the family propose closing its episodes.' })
  proposeEpisodeClosure(@Ctx() ctx: RequestContext, @Args('input') input: CloseEpisodeInput) {
    return this.proposals.proposeClosure(ctx, input);
  }

  @Mutation(() => EpisodeChangeProposalModel, { description: "Proposes stepping an episode down from a level that steps down only with a manager's approval." })
  @RequirePermission('propose', 'EpisodeChangeProposal', { refusal: 'Only those working on the family propose stepping its episodes down.' })
  proposeStepDown(@Ctx() ctx: RequestContext, @Args('input') input: StepEpisodeInput) {
    return this.proposals.proposeStepDown(ctx, input);
  }

  @Mutation(() => EpisodeChangeProposalModel, {
    description: 'Approves a proposal with a note: the closure or step down is made in the same transaction, and the risk check shown is kept.',
  })
  @RequirePermission('approve', 'EpisodeChangeProposal', { refusal: "Only managers of the family's agency approve closures and step downs." })
  approveEpisodeChange(@Ctx() ctx: RequestContext, @Args('input') input: ApproveEpisodeChangeInput) {
    return this.proposals.approve(ctx, input);
  }

  @Mutation(() => EpisodeChangeProposalModel, { description: 'Returns a proposal to the practitioner with a reason; the episode does not change.' })
  @RequirePermission('approve', 'EpisodeChangeProposal', { refusal: "Only managers of the family's agency return closures and step downs." })
  returnEpisodeChange(@Ctx() ctx: RequestContext, @Args('input') input: ReturnEpisodeChangeInput) {
    return this.proposals.returnToPractitioner(ctx, input);
  }

  @Query(() => [EpisodeChangeProposalModel], {
    description: "Proposals waiting on the calling manager (their agency's families, not their own), oldest first.",
  })
  @RequirePermission('approve', 'EpisodeChangeProposal', { refusal: 'Proposals wait on managers: your role does not approve closures.' })
  episodeChangeProposalsWaiting(@Ctx() ctx: RequestContext) {
    return this.proposals.waitingOnMe(ctx);
  }

  @Query(() => EpisodeChangeProposalModel)
  @RequirePermission('read', 'EpisodeChangeProposal')
  episodeChangeProposal(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.proposals.get(ctx, id);
  }

  @ResolveField(() => RiskCheckModel, { description: 'Shown only to those who may read risk signals.' })
  riskCheck(@Ctx() ctx: RequestContext, @Parent() proposal: EpisodeChangeProposalEntity) {
    return this.proposals.riskCheckOf(ctx, proposal);
  }

  @ResolveField(() => EpisodeModel)
  episode(@Ctx() ctx: RequestContext, @Parent() proposal: EpisodeChangeProposalEntity) {
    return this.loader.byId(ctx, EpisodeEntity, proposal.episodeId);
  }

  @ResolveField(() => FamilyModel)
  family(@Ctx() ctx: RequestContext, @Parent() proposal: EpisodeChangeProposalEntity) {
    return this.families.get(ctx, proposal.familyId);
  }

  @ResolveField(() => UserModel, { nullable: true })
  proposedBy(@Ctx() ctx: RequestContext, @Parent() proposal: EpisodeChangeProposalEntity) {
    return this.loader.byId(ctx, UserEntity, proposal.proposedByUserId).catch(() => null);
  }

  @ResolveField(() => UserModel, { nullable: true })
  decidedBy(@Ctx() ctx: RequestContext, @Parent() proposal: EpisodeChangeProposalEntity) {
    return proposal.decidedByUserId ? this.loader.byId(ctx, UserEntity, proposal.decidedByUserId).catch(() => null) : null;
  }
}

/** Adds `Episode.proposals`: seen by whoever sees the episode. */
@Resolver(() => EpisodeModel)
export class EpisodeProposalsResolver {
  constructor(private readonly proposalService: EpisodeChangeProposalService) {}

  @ResolveField(() => [EpisodeChangeProposalModel], { description: 'Closures and step downs proposed for approval, newest first.' })
  proposals(@Ctx() ctx: RequestContext, @Parent() episode: EpisodeEntity) {
    return this.proposalService.forEpisode(ctx, episode.id);
  }
}
