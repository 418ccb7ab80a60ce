import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { IsLocalDate, LocalDate } from '@waymark/platform';

@InputType()
export class RecordSafetyPlanInput {
  @Field(() => ID, { description: 'A family you work with (allocated, or co-worked as a DVA specialist).' })
  @IsUUID('all', { message: 'must be a family id' })
  familyId: string;

  @Field(() => ID, { description: 'An adult or child who is, or was, a member of that family.' })
  @IsUUID('all', { message: 'must be a person id' })
  personId: string;

  @Field(() => LocalDate, { description: 'When it was agreed; not in the future.' })
  @IsLocalDate()
  madeOn: string;

  @Field(() => [String], { description: 'The measures agreed, one per entry (1 to 30).' })
  @IsArray()
  @ArrayMinSize(1, { message: 'must list at least one measure agreed' })
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 500, { each: true, message: 'each measure must say what was agreed, in at most 500 characters' })
  measures: string[];

  @Field(() => LocalDate, { nullable: true, description: 'When it is next to be reviewed; not before it was made.' })
  @IsOptional()
  @IsLocalDate()
  nextReviewOn?: string;
}

@InputType()
export class ReviewSafetyPlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a safety plan id' })
  planId: string;

  @Field(() => LocalDate, { description: 'Not in the future; not before the plan was made or last reviewed.' })
  @IsLocalDate()
  reviewedOn: string;

  @Field(() => [String], { description: 'The measures agreed at this review (they replace the current ones).' })
  @IsArray()
  @ArrayMinSize(1, { message: 'must list at least one measure agreed' })
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 500, { each: true, message: 'each measure must say what was agreed, in at most 500 characters' })
  measures: string[];

  @Field({ nullable: true, description: 'What changed and why.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @Field(() => LocalDate, { nullable: true, description: 'The next review; not before this one.' })
  @IsOptional()
  @IsLocalDate()
  nextReviewOn?: string;
}
