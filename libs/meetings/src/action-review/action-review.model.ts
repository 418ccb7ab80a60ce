import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '@waymark/platform';
import { MeetingActionEntity } from '../actions/meeting-action.entity';
import { MeetingActionModel } from '../actions/meeting-action.model';
import { ActionReviewOutcome } from './action-review-outcome';

@ObjectType('ActionReview', { description: 'How an earlier action stood when a MARAC reviewed it.' })
export class ActionReviewModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  meetingId: string;

  @Field(() => ID)
  actionId: string;

  @Field(() => ActionReviewOutcome)
  outcome: ActionReviewOutcome;

  @Field(() => LocalDate, { description: 'The due date before this review.' })
  previousDueOn: string;

  @Field(() => LocalDate, { nullable: true })
  newDueOn: string | null;

  @Field(() => LocalDate, { nullable: true })
  completedOn: string | null;

  @Field()
  reviewedAt: Date;
}

@ObjectType('ActionForReview', { description: 'An action from an earlier MARAC, and its review at this one once recorded.' })
export class ActionForReviewModel {
  @Field(() => MeetingActionModel)
  action: MeetingActionEntity;

  @Field(() => ID, { description: 'The MARAC that agreed it.' })
  agreedAtMeetingId: string;

  @Field(() => LocalDate)
  agreedOn: string;

  @Field({ description: 'Who owns it: the user, or the owner named without an account; with the owning agency.' })
  ownerName: string;

  @Field()
  owningAgencyName: string;

  @Field(() => ActionReviewModel, { nullable: true, description: 'Null until reviewed at this meeting.' })
  review: ActionReviewModel | null;
}

@ObjectType('ActionReviewCase', { description: 'A case on this MARAC and the actions from earlier MARACs that come up for review.' })
export class ActionReviewCaseModel {
  @Field(() => ID)
  agendaItemId: string;

  @Field(() => Int)
  position: number;

  @Field()
  familyName: string;

  @Field(() => [ActionForReviewModel])
  actions: ActionForReviewModel[];
}
