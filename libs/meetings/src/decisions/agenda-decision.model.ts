import { Field, ID, ObjectType } from '@nestjs/graphql';
import { HiddenFieldsField, RestrictedField } from '@waymark/access';
import { DecisionKind } from '../meeting-kinds';

@ObjectType('AgendaDecision', { description: "A decision on an agenda item. A change of a child's level is also the episode transition it links." })
export class AgendaDecisionModel {
  @Field(() => ID)
  id: string;

  @Field(() => DecisionKind)
  kind: DecisionKind;

  @Field(() => ID, { nullable: true })
  childId: string | null;

  @Field(() => ID, { nullable: true, description: "The transition on the child's episode that this decision made." })
  episodeTransitionId: string | null;

  @HiddenFieldsField('AgendaDecision')
  hiddenFields?: string[];

  @RestrictedField('AgendaDecision', () => String, { description: 'What was decided, in words. Never shown to anyone working with people causing harm.' })
  text: string | null;

  @Field(() => ID)
  recordedByUserId: string;

  @Field()
  recordedAt: Date;
}
