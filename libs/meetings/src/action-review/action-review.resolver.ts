import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, IdArg, RequestContext, RequirePermission } from '@waymark/platform';
import { ActionReviewCaseModel, ActionReviewModel } from './action-review.model';
import { ActionReviewService } from './action-review.service';
import { ReviewActionInput } from './dto/review-action.input';

@Resolver()
export class ActionReviewResolver {
  constructor(private readonly reviews: ActionReviewService) {}

  @Query(() => [ActionReviewCaseModel], {
    description: "Per case on this MARAC, the earlier MARACs' incomplete actions that come up for review (those you may see).",
  })
  @RequirePermission('read', 'Meeting')
  actionReview(@Ctx() ctx: RequestContext, @IdArg('meetingId') meetingId: string) {
    return this.reviews.forMeeting(ctx, meetingId);
  }

  @Mutation(() => ActionReviewModel, { description: 'Reviews an earlier action at this MARAC: done, still open with a new date, or not done and why.' })
  @RequirePermission('record', 'Meeting', { refusal: "A MARAC's chair and coordinators review its earlier actions." })
  reviewAction(@Ctx() ctx: RequestContext, @Args('input') input: ReviewActionInput) {
    return this.reviews.review(ctx, input);
  }
}
