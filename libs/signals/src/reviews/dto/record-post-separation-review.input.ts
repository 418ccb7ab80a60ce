import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsLocalDate, LocalDate } from '@waymark/platform';
import { PostSeparationReviewOutcome } from '../post-separation-review-outcome';

@InputType()
export class RecordPostSeparationReviewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a family id' })
  familyId: string;

  @Field(() => ID, { nullable: true, description: 'The episode reviewed; leave out to review every such closure in the family.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId?: string;

  @Field(() => LocalDate, { description: 'Not in the future, not before the closure it reviews.' })
  @IsLocalDate()
  reviewedOn: string;

  @Field(() => PostSeparationReviewOutcome)
  @IsEnum(PostSeparationReviewOutcome)
  outcome: PostSeparationReviewOutcome;

  @Field({ nullable: true, description: 'Up to 2000 characters; shown only to those working for the victim.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
