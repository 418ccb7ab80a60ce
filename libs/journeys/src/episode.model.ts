import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '@waymark/platform';
import { ClosureReason, ClosureSubReason, InterventionLevel, TransitionKind } from './intervention-level';

@ObjectType('EpisodeTransition')
export class EpisodeTransitionModel {
  @Field(() => ID)
  id: string;

  @Field(() => TransitionKind)
  kind: TransitionKind;

  @Field(() => InterventionLevel)
  fromLevel: InterventionLevel;

  @Field(() => InterventionLevel)
  toLevel: InterventionLevel;

  @Field(() => LocalDate)
  occurredOn: string;

  @Field(() => ID, { description: 'Who recorded the decision.' })
  decidedByUserId: string;

  @Field(() => ID, { nullable: true })
  decisionMeetingId: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;
}

@ObjectType('Episode', { description: "A period during which a child's case is open, and how its level changed." })
export class EpisodeModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  familyId: string;

  @Field(() => ID)
  childId: string;

  @Field(() => InterventionLevel, { description: 'The current level (the last level, once closed).' })
  level: InterventionLevel;

  @Field(() => LocalDate)
  openedOn: string;

  @Field(() => LocalDate, { nullable: true })
  closedOn: string | null;

  @Field(() => ClosureReason, { nullable: true })
  closureReason: ClosureReason | null;

  @Field(() => ClosureSubReason, { nullable: true })
  closureSubReason: ClosureSubReason | null;

  @Field(() => [EpisodeTransitionModel], { description: 'Oldest first.' })
  transitions?: EpisodeTransitionModel[];
}
