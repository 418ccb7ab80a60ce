import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UserEntity, UserModel } from '@waymark/access';
import { FamilyEntity, FamilyModel, PersonModel, PersonService } from '@waymark/families';
import { Ctx, EntityLoader, IdArg, RequestContext, RequirePermission } from '@waymark/platform';
import { RecordRiskAssessmentInput, RiskAssessmentsArgs } from './dto/record-risk-assessment.input';
import { RiskAssessmentEntity } from './risk-assessment.entity';
import { RiskAssessmentConnection, RiskAssessmentModel } from './risk-assessment.model';
import { RiskAssessmentService } from './risk-assessment.service';

@Resolver(() => RiskAssessmentModel)
export class RiskAssessmentResolver {
  constructor(
    private readonly assessments: RiskAssessmentService,
    private readonly people: PersonService,
    private readonly loader: EntityLoader,
  ) {}

  @Query(() => RiskAssessmentConnection, { description: 'DASH risk assessments you may see, newest first; filter by family, victim or person causing harm.' })
  @RequirePermission('read', 'RiskAssessment')
  riskAssessments(@Ctx() ctx: RequestContext, @Args() args: RiskAssessmentsArgs) {
    return this.assessments.list(ctx, args);
  }

  @Query(() => RiskAssessmentModel)
  @RequirePermission('read', 'RiskAssessment')
  riskAssessment(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.assessments.get(ctx, id);
  }

  @Mutation(() => RiskAssessmentModel, {
    description: 'Records a DASH risk assessment: 24 answers (the score is the count of YES) and your professional judgement.',
  })
  @RequirePermission('create', 'RiskAssessment')
  recordRiskAssessment(@Ctx() ctx: RequestContext, @Args('input') input: RecordRiskAssessmentInput) {
    return this.assessments.record(ctx, input);
  }

  /** Null unless the caller may see the victim: never reached through a perpetrator worker's grant. */
  @ResolveField(() => PersonModel, { nullable: true })
  victim(@Ctx() ctx: RequestContext, @Parent() assessment: RiskAssessmentEntity) {
    return this.people.load(ctx, assessment.victimPersonId);
  }

  @ResolveField(() => PersonModel, { nullable: true })
  personCausingHarm(@Ctx() ctx: RequestContext, @Parent() assessment: RiskAssessmentEntity) {
    return this.people.load(ctx, assessment.personCausingHarmId);
  }

  @ResolveField(() => UserModel, { nullable: true })
  assessor(@Ctx() ctx: RequestContext, @Parent() assessment: RiskAssessmentEntity) {
    return this.loader.byId(ctx, UserEntity, assessment.assessorUserId);
  }
}

/** Adds `Family.riskAssessments`: the family's DASH assessments the caller may see. */
@Resolver(() => FamilyModel)
export class FamilyRiskAssessmentsResolver {
  constructor(private readonly assessmentService: RiskAssessmentService) {}

  @ResolveField(() => [RiskAssessmentModel], { description: 'DASH risk assessments, oldest first.' })
  riskAssessments(@Ctx() ctx: RequestContext, @Parent() family: FamilyEntity) {
    return this.assessmentService.forFamily(ctx, family.id);
  }
}
