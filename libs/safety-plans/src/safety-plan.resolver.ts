import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UserModel } from '@waymark/access';
import { FamilyEntity, FamilyModel, PersonModel } from '@waymark/families';
import { Ctx, IdArg, RequestContext, RequirePermission } from '@waymark/platform';
import { RecordSafetyPlanInput, ReviewSafetyPlanInput } from './dto/record-safety-plan.input';
import { SafetyPlanEntity, SafetyPlanReviewEntity } from './safety-plan.entity';
import { SafetyPlanModel, SafetyPlanReviewModel } from './safety-plan.model';
import { SafetyPlanService } from './safety-plan.service';

@Resolver(() => SafetyPlanModel)
export class SafetyPlanResolver {
  constructor(private readonly plans: SafetyPlanService) {}

  @Mutation(() => SafetyPlanModel, { description: 'Records a safety plan for an adult victim or a child of a family you work with.' })
  @RequirePermission('record', 'SafetyPlan')
  recordSafetyPlan(@Ctx() ctx: RequestContext, @Args('input') input: RecordSafetyPlanInput) {
    return this.plans.record(ctx, input);
  }

  @Mutation(() => SafetyPlanModel, { description: 'Records a review of a safety plan and the measures agreed at it.' })
  @RequirePermission('review', 'SafetyPlan')
  reviewSafetyPlan(@Ctx() ctx: RequestContext, @Args('input') input: ReviewSafetyPlanInput) {
    return this.plans.review(ctx, input);
  }

  @Query(() => SafetyPlanModel, { description: 'One safety plan. For those working for the victim only.' })
  @RequirePermission('read', 'SafetyPlan')
  safetyPlan(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.plans.get(ctx, id);
  }

  @ResolveField(() => PersonModel, { nullable: true })
  person(@Ctx() ctx: RequestContext, @Parent() plan: SafetyPlanEntity) {
    return this.plans.person(ctx, plan.personId);
  }

  @ResolveField(() => UserModel)
  recordedBy(@Ctx() ctx: RequestContext, @Parent() plan: SafetyPlanEntity) {
    return this.plans.user(ctx, plan.recordedByUserId);
  }

  @ResolveField(() => [SafetyPlanReviewModel])
  reviews(@Ctx() ctx: RequestContext, @Parent() plan: SafetyPlanEntity) {
    return this.plans.reviews(ctx, plan.id);
  }
}

@Resolver(() => SafetyPlanReviewModel)
export class SafetyPlanReviewResolver {
  constructor(private readonly plans: SafetyPlanService) {}

  @ResolveField(() => UserModel)
  reviewedBy(@Ctx() ctx: RequestContext, @Parent() review: SafetyPlanReviewEntity) {
    return this.plans.user(ctx, review.reviewedByUserId);
  }
}

/** Adds `Family.safetyPlans`: null for anyone not working for the victim, so nothing of them shows. */
@Resolver(() => FamilyModel)
export class FamilySafetyPlansResolver {
  constructor(private readonly plans: SafetyPlanService) {}

  @ResolveField(() => [SafetyPlanModel], {
    nullable: true,
    description: "The family's safety plans, oldest first. Null when your role may not see safety plans (anyone not working for the victim).",
  })
  safetyPlans(@Ctx() ctx: RequestContext, @Parent() family: FamilyEntity) {
    return this.plans.forFamily(ctx, family.id);
  }
}
