import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FamilyEntity, FamilyModel } from '@waymark/families';
import { Ctx, RequestContext } from '@waymark/platform';
import { TimelineArgs } from './dto/timeline.args';
import { TimelineEntryConnection } from './timeline.model';
import { TimelineService } from './timeline.service';

/** Adds `Family.timeline`: whoever can see the family sees its chronology. */
@Resolver(() => FamilyModel)
export class FamilyTimelineResolver {
  constructor(private readonly timelineService: TimelineService) {}

  @ResolveField(() => TimelineEntryConnection, { description: "The family's chronology, newest first." })
  timeline(@Ctx() ctx: RequestContext, @Parent() family: FamilyEntity, @Args() args: TimelineArgs) {
    return this.timelineService.page(ctx, family.id, args);
  }
}
