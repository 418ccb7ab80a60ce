import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UserEntity, UserModel } from '@waymark/access';
import { FamilyEntity, FamilyModel, PersonModel, PersonService } from '@waymark/families';
import { Ctx, EntityLoader, IdArg, RequestContext, RequirePermission, today } from '@waymark/platform';
import { ServiceEntity } from '../services/service.entity';
import { ServiceModel } from '../services/service.model';
import { ChangeReferralInput, DeclineReferralInput, SubmitReferralInput } from './dto/change-referral.input';
import { CreateReferralInput } from './dto/create-referral.input';
import { ReferralsArgs } from './dto/referrals.args';
import { ReferralStatusChangeEntity } from './referral-status-change.entity';
import { ReferralEntity } from './referral.entity';
import { ReferralStatus } from './referral-kinds';
import { daysBetween } from './referral-lifecycle';
import { ReferralConnection, ReferralModel, ReferralStatusChangeModel } from './referral.model';
import { ReferralService } from './referral.service';

/**
 * Referrals: 'create' and 'refer' (submit, withdraw) for the referring side, 'respond' (decide and
 * record engagement) for the receiving service's staff. Record-level checks are in the service.
 */
@Resolver(() => ReferralModel)
export class ReferralResolver {
  constructor(
    private readonly referralService: ReferralService,
    private readonly people: PersonService,
    private readonly loader: EntityLoader,
  ) {}

  @Query(() => ReferralConnection, {
    description: 'Referrals you may see, most recently made first; filter by family, person, service type, status or direction.',
  })
  @RequirePermission('read', 'Referral')
  referrals(@Ctx() ctx: RequestContext, @Args() args: ReferralsArgs) {
    return this.referralService.list(ctx, args);
  }

  @Query(() => ReferralModel)
  @RequirePermission('read', 'Referral')
  referral(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.referralService.get(ctx, id);
  }

  @Mutation(() => ReferralModel, { description: 'Refers a family member to a service: a DRAFT, or submitted at once with submit: true.' })
  @RequirePermission('create', 'Referral')
  createReferral(@Ctx() ctx: RequestContext, @Args('input') input: CreateReferralInput) {
    return this.referralService.create(ctx, input);
  }

  @Mutation(() => ReferralModel, { description: 'Sends a DRAFT to the service. A MARAC referral records the criteria met that day.' })
  @RequirePermission('refer', 'Referral')
  submitReferral(@Ctx() ctx: RequestContext, @Args('input') input: SubmitReferralInput) {
    return this.referralService.submit(ctx, input);
  }

  @Mutation(() => ReferralModel, { description: 'Withdraws a DRAFT or SUBMITTED referral (the referring side).' })
  @RequirePermission('refer', 'Referral')
  withdrawReferral(@Ctx() ctx: RequestContext, @Args('input') input: ChangeReferralInput) {
    return this.referralService.changeStatus(ctx, input, ReferralStatus.WITHDRAWN);
  }

  @Mutation(() => ReferralModel, { description: 'The receiving service accepts a SUBMITTED referral.' })
  @RequirePermission('respond', 'Referral')
  acceptReferral(@Ctx() ctx: RequestContext, @Args('input') input: ChangeReferralInput) {
    return this.referralService.changeStatus(ctx, input, ReferralStatus.ACCEPTED);
  }

  @Mutation(() => ReferralModel, {
    description: 'The receiving service declines a SUBMITTED referral, with a reason (and, for ELIGIBILITY, the criterion not met).',
  })
  @RequirePermission('respond', 'Referral')
  declineReferral(@Ctx() ctx: RequestContext, @Args('input') input: DeclineReferralInput) {
    return this.referralService.decline(ctx, input);
  }

  @Mutation(() => ReferralModel, { description: 'The person referred has taken the service up (first contact or session).' })
  @RequirePermission('respond', 'Referral')
  recordReferralEngaged(@Ctx() ctx: RequestContext, @Args('input') input: ChangeReferralInput) {
    return this.referralService.changeStatus(ctx, input, ReferralStatus.ENGAGED);
  }

  @Mutation(() => ReferralModel, { description: 'The person completed the service.' })
  @RequirePermission('respond', 'Referral')
  completeReferral(@Ctx() ctx: RequestContext, @Args('input') input: ChangeReferralInput) {
    return this.referralService.changeStatus(ctx, input, ReferralStatus.COMPLETED);
  }

  @Mutation(() => ReferralModel, { description: 'The person stopped engaging, or never took up an accepted referral.' })
  @RequirePermission('respond', 'Referral')
  recordReferralDisengaged(@Ctx() ctx: RequestContext, @Args('input') input: ChangeReferralInput) {
    return this.referralService.changeStatus(ctx, input, ReferralStatus.DISENGAGED);
  }

  /** Null when the caller may not see the person; restricted fields follow person.permissions.ts. */
  @ResolveField(() => PersonModel, { nullable: true })
  subject(@Ctx() ctx: RequestContext, @Parent() referral: ReferralEntity) {
    return this.people.load(ctx, referral.subjectPersonId);
  }

  @ResolveField(() => ServiceModel)
  service(@Ctx() ctx: RequestContext, @Parent() referral: ReferralEntity) {
    return this.loader.byId(ctx, ServiceEntity, referral.serviceId);
  }

  @ResolveField(() => UserModel, { nullable: true })
  referredBy(@Ctx() ctx: RequestContext, @Parent() referral: ReferralEntity) {
    return this.loader.byId(ctx, UserEntity, referral.fromUserId);
  }

  @ResolveField(() => Int, { nullable: true })
  daysWaiting(@Parent() referral: ReferralEntity) {
    const until = referral.decidedOn ?? (referral.status === ReferralStatus.SUBMITTED ? today() : null);
    return daysBetween(referral.submittedOn, until);
  }

  @ResolveField(() => Int, { nullable: true })
  daysToFirstEngagement(@Parent() referral: ReferralEntity) {
    return daysBetween(referral.submittedOn, referral.firstEngagedOn);
  }

  @ResolveField(() => Int)
  daysSinceLastChange(@Parent() referral: ReferralEntity) {
    return daysBetween(referral.lastChangedOn, today());
  }

  @ResolveField(() => [ReferralStatusChangeModel])
  statusHistory(@Ctx() ctx: RequestContext, @Parent() referral: ReferralEntity) {
    return this.referralService.statusHistory(ctx, referral.id);
  }
}

@Resolver(() => ReferralStatusChangeModel)
export class ReferralStatusChangeResolver {
  constructor(private readonly loader: EntityLoader) {}

  @ResolveField(() => UserModel, { nullable: true })
  by(@Ctx() ctx: RequestContext, @Parent() change: ReferralStatusChangeEntity) {
    return this.loader.byId(ctx, UserEntity, change.byUserId);
  }
}

/** Adds `Family.referrals`: the family's referrals the caller may see. */
@Resolver(() => FamilyModel)
export class FamilyReferralsResolver {
  constructor(private readonly referralService: ReferralService) {}

  @ResolveField(() => [ReferralModel], { description: 'Referrals of family members, oldest first.' })
  referrals(@Ctx() ctx: RequestContext, @Parent() family: FamilyEntity) {
    return this.referralService.forFamily(ctx, family.id);
  }
}
