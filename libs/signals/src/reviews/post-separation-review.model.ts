import { Field, ID, ObjectType } from '@nestjs/graphql';
import { HiddenFieldsField, RestrictedField } from '@waymark/access';
import { LocalDate } from '@waymark/platform';
import { RiskSignalModel } from '../risk-signal.model';
import { PostSeparationReviewOutcome } from './post-separation-review-outcome';

@ObjectType('PostSeparationReview', { description: 'A review of a closure or step down that followed a separation.' })
export class PostSeparationReviewModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  familyId: string;

  @Field(() => ID, { nullable: true, description: 'The episode reviewed; null when the review covers the whole family.' })
  episodeId: string | null;

  @Field(() => LocalDate)
  reviewedOn: string;

  @Field(() => PostSeparationReviewOutcome)
  outcome: PostSeparationReviewOutcome;

  @HiddenFieldsField('PostSeparationReview')
  hiddenFields?: string[];

  @RestrictedField('PostSeparationReview', () => String, { description: 'For those working for the victim only.' })
  note: string | null;

  @Field(() => [RiskSignalModel], { description: 'The POST_SEPARATION_CLOSURE signals this review resolved.' })
  resolvedSignals: RiskSignalModel[];
}
