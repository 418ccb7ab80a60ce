import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FamilyEntity, FamilyModel } from '@waymark/families';
import { UserEntity, UserModel } from '@waymark/access';
import { Ctx, EntityLoader, RequestContext } from '@waymark/platform';
import { TimelineArgs } from './dto/timeline.args';
import { TimelineEntryConnection, TimelineEntryModel } from './timeline.model';
import { TimelineService } from './timeline.service';

@Resolver(() => TimelineEntryModel)
export class TimelineEntryResolver {
  constructor(private readonly loader: EntityLoader) {}

  @ResolveField(() => UserModel, { nullable: true, description: 'Who recorded or decided it, where known.' })
  actor(@Ctx() ctx: RequestContext, @Parent() entry: TimelineEntryModel) {
    return entry.actorUserId ? this.loader.byId(ctx, UserEntity, entry.actorUserId) : null;
  }
}

/** Adds `Family.timeline`: whoever can see the family sees its chronology. */
@Resolver(() => FamilyModel)
export class FamilyTimelineResolver {
  constructor(private readonly timelineService: TimelineService) {}

  @ResolveField(() => TimelineEntryConnection, { description: "The family's chronology, newest first." })
  timeline(@Ctx() ctx: RequestContext, @Parent() family: FamilyEntity, @Args() args: TimelineArgs) {
    return this.timelineService.page(ctx, family.id, args);
  }
}
