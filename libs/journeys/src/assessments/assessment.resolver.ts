import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FamilyEntity, FamilyModel } from '@waymark/families';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { AssessmentEntity } from './assessment.entity';
import { AssessmentModel } from './assessment.model';
import { AssessmentService } from './assessment.service';
import { AssessmentFactor, factorForCensusCode } from './cin-codes';
import { RecordAssessmentInput } from './dto/record-assessment.input';

/** Recording an assessment is part of working with the family: it needs 'update' on the family. */
@Resolver(() => AssessmentModel)
export class AssessmentResolver {
  constructor(private readonly assessments: AssessmentService) {}

  @Mutation(() => AssessmentModel, { description: 'Records an assessment of a child of the family, with CIN census factors, primary need and outcome.' })
  @RequirePermission('update', 'Family')
  recordAssessment(@Ctx() ctx: RequestContext, @Args('input') input: RecordAssessmentInput) {
    return this.assessments.record(ctx, input);
  }

  /** Stored as census codes ('3B'); the API speaks in enum values (F3B). */
  @ResolveField(() => [AssessmentFactor])
  factors(@Parent() assessment: AssessmentEntity): AssessmentFactor[] {
    return assessment.factors.map(factorForCensusCode);
  }
}

/** Adds `Family.assessments`: seen by whoever can see the family. */
@Resolver(() => FamilyModel)
export class FamilyAssessmentsResolver {
  constructor(private readonly assessmentService: AssessmentService) {}

  @ResolveField(() => [AssessmentModel], { description: "Every child's assessments, oldest first." })
  assessments(@Ctx() ctx: RequestContext, @Parent() family: FamilyEntity) {
    return this.assessmentService.forFamily(ctx, family.id);
  }
}
