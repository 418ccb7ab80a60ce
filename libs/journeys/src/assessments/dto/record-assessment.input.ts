import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { IsLocalDate, LocalDate } from '@waymark/platform';
import { AssessmentFactor, AssessmentOutcome, PrimaryNeed } from '../cin-codes';

@InputType()
export class RecordAssessmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a family id' })
  familyId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a person id' })
  childId: string;

  @Field(() => LocalDate, { description: "When the assessment was completed; not in the future, not before the child's date of birth." })
  @IsLocalDate()
  assessedOn: string;

  @Field(() => ID, { nullable: true, description: "The assessing agency; the recorder's own agency when not given." })
  @IsOptional()
  @IsUUID('all', { message: 'must be an agency id' })
  agencyId?: string;

  @Field(() => [AssessmentFactor], { description: 'At least one, each once; F21 (no factors identified) only on its own.' })
  @IsArray()
  @ArrayMaxSize(Object.keys(AssessmentFactor).length)
  @IsEnum(AssessmentFactor, { each: true })
  factors: AssessmentFactor[];

  @Field(() => PrimaryNeed)
  @IsEnum(PrimaryNeed)
  primaryNeed: PrimaryNeed;

  @Field(() => AssessmentOutcome)
  @IsEnum(AssessmentOutcome)
  outcome: AssessmentOutcome;
}
