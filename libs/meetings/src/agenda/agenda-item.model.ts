import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { HiddenFieldsField, RestrictedField } from '@waymark/access';
import { ChildView, ParticipationKind, ScopeRole } from '../meeting-kinds';

@ObjectType('AgendaItemPerson', { description: 'A person in scope of an agenda item.' })
export class AgendaItemPersonModel {
  @Field(() => ID)
  personId: string;

  @Field(() => ScopeRole)
  scopeRole: ScopeRole;
}

@ObjectType('Participation', { description: 'How one person in scope took part in the discussion about them.' })
export class ParticipationModel {
  @Field(() => ID)
  personId: string;

  @Field(() => ParticipationKind)
  participation: ParticipationKind;

  @HiddenFieldsField('Participation')
  hiddenFields?: string[];

  @RestrictedField('Participation', () => String, { description: 'Why they were excluded for safety. Never shown to anyone working with people causing harm.' })
  exclusionReason: string | null;

  @Field(() => ChildView, { nullable: true, description: 'Children only.' })
  childView: ChildView | null;

  @Field(() => Boolean, { nullable: true, description: 'Only for someone who needs an interpreter.' })
  interpreterProvided: boolean | null;

  @Field()
  recordedAt: Date;
}

@ObjectType('AgendaItem', { description: 'One family discussed at a meeting: who is in scope, why it was listed, the risks, and what was decided.' })
export class AgendaItemModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  meetingId: string;

  @Field(() => Int, { description: 'Order on the agenda, from 1.' })
  position: number;

  @Field(() => ID)
  familyId: string;

  @Field()
  reasonForListing: string;

  @HiddenFieldsField('AgendaItem')
  hiddenFields?: string[];

  @RestrictedField('AgendaItem', () => String, {
    description: 'The risks as summarised at the meeting. Never shown to anyone working with people causing harm.',
  })
  riskSummary: string | null;

  @Field()
  createdAt: Date;
}
