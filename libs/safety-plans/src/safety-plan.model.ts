import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserModel } from '@waymark/access';
import { PersonModel } from '@waymark/families';
import { LocalDate } from '@waymark/platform';
import { SafetyPlanFor } from './safety-plan-kinds';

@ObjectType('SafetyPlanReview', { description: 'A review of a safety plan, with the measures as agreed at it.' })
export class SafetyPlanReviewModel {
  @Field(() => ID)
  id: string;

  @Field(() => LocalDate)
  reviewedOn: string;

  @Field(() => [String], { description: 'The measures agreed at this review.' })
  measures: string[];

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => LocalDate, { nullable: true })
  nextReviewOn: string | null;

  @Field(() => UserModel, { description: 'Who reviewed it.' })
  reviewedBy?: UserModel;
}

@ObjectType('SafetyPlan', {
  description:
    'A safety plan for an adult victim or a child. A restricted record: only those working for the victim (case practitioners and DVA specialists who do not work with people causing harm) ever see it.',
})
export class SafetyPlanModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  familyId: string;

  @Field(() => ID)
  personId: string;

  @Field(() => PersonModel, { nullable: true, description: 'Whom it keeps safe; null if you may not see them.' })
  person?: PersonModel | null;

  @Field(() => SafetyPlanFor)
  planFor: SafetyPlanFor;

  @Field(() => LocalDate)
  madeOn: string;

  @Field(() => LocalDate, { nullable: true })
  lastReviewedOn: string | null;

  @Field(() => LocalDate, { nullable: true })
  nextReviewOn: string | null;

  @Field(() => [String], { description: 'The measures agreed now (at the latest review, or when the plan was made).' })
  measures: string[];

  @Field(() => UserModel, { description: 'Who made it.' })
  recordedBy?: UserModel;

  @Field(() => [SafetyPlanReviewModel], { description: 'Reviews, oldest first.' })
  reviews?: SafetyPlanReviewModel[];

  @Field()
  recordedAt: Date;
}
