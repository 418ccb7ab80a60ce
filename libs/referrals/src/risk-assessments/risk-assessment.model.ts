import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { HiddenFieldsField, RestrictedField, UserModel } from '@waymark/access';
import { PersonModel } from '@waymark/families';
import { ConnectionType, LocalDate } from '@waymark/platform';
import { DashAnswer, RiskJudgement } from './dash';

@ObjectType('RiskAssessment', { description: "A DASH risk assessment: the victim's risk from a person causing harm, its score and the assessor's judgement." })
export class RiskAssessmentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  familyId: string;

  @Field(() => ID)
  victimPersonId: string;

  @Field(() => PersonModel, { nullable: true, description: 'Null if you may not see the victim.' })
  victim?: PersonModel | null;

  @Field(() => ID)
  personCausingHarmId: string;

  @Field(() => PersonModel, { nullable: true, description: 'Null if you may not see them.' })
  personCausingHarm?: PersonModel | null;

  @Field(() => LocalDate)
  assessedOn: string;

  @Field(() => ID)
  assessorUserId: string;

  @Field(() => UserModel, { nullable: true })
  assessor?: UserModel;

  @Field(() => ID, { description: "The assessor's agency." })
  agencyId: string;

  @Field(() => Int, { description: 'How many of the 24 questions were answered yes.' })
  score: number;

  @Field(() => RiskJudgement)
  judgement: RiskJudgement;

  @HiddenFieldsField('RiskAssessment')
  hiddenFields?: string[];

  @RestrictedField('RiskAssessment', () => [DashAnswer], {
    description: 'The 24 answers in question order. Restricted: only for those working for the victim, never for anyone working with the person causing harm.',
  })
  answers: DashAnswer[] | null;
}

@ObjectType()
export class RiskAssessmentConnection extends ConnectionType(RiskAssessmentModel) {}
