import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '@waymark/platform';
import { AssessmentFactor, AssessmentOutcome, PrimaryNeed } from './cin-codes';

@ObjectType('Assessment', { description: 'An assessment of a child: the factors it identified, the primary need, and what it decided.' })
export class AssessmentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  familyId: string;

  @Field(() => ID)
  childId: string;

  @Field(() => LocalDate)
  assessedOn: string;

  @Field(() => ID, { description: 'The assessing agency.' })
  agencyId: string;

  @Field(() => [AssessmentFactor], { description: 'CIN census factors identified, in the order given.' })
  factors: AssessmentFactor[];

  @Field(() => PrimaryNeed)
  primaryNeed: PrimaryNeed;

  @Field(() => AssessmentOutcome)
  outcome: AssessmentOutcome;

  @Field(() => ID, { description: 'Who recorded it.' })
  recordedByUserId: string;
}
