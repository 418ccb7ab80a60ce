import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FamilyEntity, FamilyModel } from '@waymark/families';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { CloseEpisodeInput } from './dto/close-episode.input';
import { OpenEpisodeInput, StepEpisodeInput } from './dto/open-episode.input';
import { EpisodeEntity } from './episode.entity';
import { EpisodeModel, EpisodeTransitionModel } from './episode.model';
import { EpisodeService } from './episode.service';

/** Changing a child's level is part of working with the family: it needs 'update' on the family. */
@Resolver(() => EpisodeModel)
export class EpisodeResolver {
  constructor(private readonly episodes: EpisodeService) {}

  @Mutation(() => EpisodeModel, { description: 'Opens an episode for a child of the family at a level (UNIVERSAL and above).' })
  @RequirePermission('update', 'Family')
  openEpisode(@Ctx() ctx: RequestContext, @Args('input') input: OpenEpisodeInput) {
    return this.episodes.open(ctx, input).then((change) => change.episode);
  }

  @Mutation(() => EpisodeModel, { description: 'Moves an open episode to a higher level.' })
  @RequirePermission('update', 'Family')
  stepUp(@Ctx() ctx: RequestContext, @Args('input') input: StepEpisodeInput) {
    return this.episodes.stepUp(ctx, input).then((change) => change.episode);
  }

  @Mutation(() => EpisodeModel, { description: 'Moves an open episode to a lower level (above NONE: use closeEpisode to close).' })
  @RequirePermission('update', 'Family')
  stepDown(@Ctx() ctx: RequestContext, @Args('input') input: StepEpisodeInput) {
    return this.episodes.stepDown(ctx, input).then((change) => change.episode);
  }

  @Mutation(() => EpisodeModel, { description: 'Closes an episode with a CIN census reason and, optionally, a local sub-reason.' })
  @RequirePermission('update', 'Family')
  closeEpisode(@Ctx() ctx: RequestContext, @Args('input') input: CloseEpisodeInput) {
    return this.episodes.close(ctx, input).then((change) => change.episode);
  }

  @ResolveField(() => [EpisodeTransitionModel])
  transitions(@Ctx() ctx: RequestContext, @Parent() episode: EpisodeEntity) {
    return this.episodes.transitions(ctx, episode.id);
  }
}

/** Adds `Family.episodes`: seen by whoever can see the family. */
@Resolver(() => FamilyModel)
export class FamilyEpisodesResolver {
  constructor(private readonly episodeService: EpisodeService) {}

  @ResolveField(() => [EpisodeModel], { description: "Every child's episodes, oldest first." })
  episodes(@Ctx() ctx: RequestContext, @Parent() family: FamilyEntity) {
    return this.episodeService.forFamily(ctx, family.id);
  }
}
