import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { RecordPostSeparationReviewInput } from './dto/record-post-separation-review.input';
import { PostSeparationReviewModel } from './post-separation-review.model';
import { PostSeparationReviewService } from './post-separation-review.service';

@Resolver(() => PostSeparationReviewModel)
export class PostSeparationReviewResolver {
  constructor(private readonly reviews: PostSeparationReviewService) {}

  @Mutation(() => PostSeparationReviewModel, {
    description: "Records a post-separation review; it resolves the family's open POST_SEPARATION_CLOSURE signals for closures up to the review date.",
  })
  @RequirePermission('review', 'RiskSignal')
  recordPostSeparationReview(@Ctx() ctx: RequestContext, @Args('input') input: RecordPostSeparationReviewInput) {
    return this.reviews.record(ctx, input);
  }
}
