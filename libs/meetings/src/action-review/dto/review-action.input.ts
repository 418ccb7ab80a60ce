import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsLocalDate, LocalDate } from '@waymark/platform';
import { ActionReviewOutcome } from '../action-review-outcome';

@InputType({ description: 'The review, at this MARAC, of an action agreed at an earlier one for a case on its agenda.' })
export class ReviewActionInput {
  @Field(() => ID, { description: 'The MARAC doing the review; it must have started.' })
  @IsUUID('all', { message: 'must be a meeting id' })
  meetingId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an action id' })
  actionId: string;

  @Field(() => ActionReviewOutcome)
  @IsEnum(ActionReviewOutcome)
  outcome: ActionReviewOutcome;

  @Field(() => LocalDate, { nullable: true, description: 'STILL_OPEN only, and required: the new due date, not before this meeting.' })
  @IsOptional()
  @IsLocalDate()
  newDueOn?: string;

  @Field(() => LocalDate, { nullable: true, description: 'DONE only: when it was done (default: the day of this meeting).' })
  @IsOptional()
  @IsLocalDate()
  completedOn?: string;

  @Field({ nullable: true, description: 'What was done, or why not; required when not done.' })
  @IsOptional()
  @IsString()
  @Length(1, 2000, { message: 'must be 1 to 2000 characters' })
  note?: string;
}
