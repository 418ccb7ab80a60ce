import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { ReferralModel } from '../referrals/referral.model';
import { ReferToMaracFromRiskAssessmentInput } from './dto/refer-to-marac-from-dash.input';
import { MaracReferralFromDashService } from './marac-referral-from-dash.service';

@Resolver(() => ReferralModel)
export class MaracReferralFromDashResolver {
  constructor(private readonly fromDash: MaracReferralFromDashService) {}

  @Mutation(() => ReferralModel, {
    description:
      'Makes and submits a MARAC referral from a recorded DASH: its score, the criteria met and their evidence are carried over; only consent (or the lawful basis) is asked.',
  })
  @RequirePermission('create', 'Referral')
  referToMaracFromRiskAssessment(@Ctx() ctx: RequestContext, @Args('input') input: ReferToMaracFromRiskAssessmentInput) {
    return this.fromDash.refer(ctx, input);
  }
}
