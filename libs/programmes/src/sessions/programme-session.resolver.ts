import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UserModel } from '@waymark/access';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { ReferralEntity, ReferralModel } from '@waymark/referrals';
import { RecordProgrammeSessionInput } from '../dto/record-programme-session.input';
import { PerpetratorRiskViewModel } from '../risk-views/perpetrator-risk-view.model';
import { PerpetratorRiskViewService } from '../risk-views/perpetrator-risk-view.service';
import { ProgrammeSessionEntity } from './programme-session.entity';
import { ProgrammeEngagementModel, ProgrammeSessionModel } from './programme-session.model';
import { ProgrammeSessionService } from './programme-session.service';

@Resolver(() => ProgrammeSessionModel)
export class ProgrammeSessionResolver {
  constructor(private readonly sessions: ProgrammeSessionService) {}

  @Mutation(() => ProgrammeSessionModel, {
    description: 'Records a session of a behaviour-change programme, attended or missed, on an accepted referral to your agency (perpetrator workers).',
  })
  @RequirePermission('record', 'ProgrammeSession')
  recordProgrammeSession(@Ctx() ctx: RequestContext, @Args('input') input: RecordProgrammeSessionInput) {
    return this.sessions.record(ctx, input);
  }

  @ResolveField(() => UserModel)
  recordedBy(@Ctx() ctx: RequestContext, @Parent() session: ProgrammeSessionEntity) {
    return this.sessions.user(ctx, session.recordedByUserId);
  }
}

/** Adds the programme's sessions, engagement and the worker's view of risk to `Referral`. */
@Resolver(() => ReferralModel)
export class ReferralProgrammeResolver {
  constructor(
    private readonly sessions: ProgrammeSessionService,
    private readonly views: PerpetratorRiskViewService,
  ) {}

  @ResolveField(() => [ProgrammeSessionModel], { description: 'Programme sessions, oldest first (perpetrator programme referrals).' })
  programmeSessions(@Ctx() ctx: RequestContext, @Parent() referral: ReferralEntity) {
    return this.sessions.forReferral(ctx, referral.id);
  }

  @ResolveField(() => ProgrammeEngagementModel, { description: 'Sessions attended and missed, in figures and words.' })
  programmeEngagement(@Ctx() ctx: RequestContext, @Parent() referral: ReferralEntity) {
    return this.sessions.engagement(ctx, referral);
  }

  @ResolveField(() => [PerpetratorRiskViewModel], { description: "The perpetrator worker's views of risk to the family, oldest first." })
  riskViews(@Ctx() ctx: RequestContext, @Parent() referral: ReferralEntity) {
    return this.views.forReferral(ctx, referral.id);
  }
}
