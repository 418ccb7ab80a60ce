import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { HiddenFieldsField, RestrictedField } from '@waymark/access';
import { ConnectionType, LocalDate } from '@waymark/platform';
import { ActionStatus } from '../meeting-kinds';

@ObjectType('MeetingAction', { description: 'An action agreed at a meeting: who does what, for whom, by when.' })
export class MeetingActionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  meetingId: string;

  @Field(() => ID)
  agendaItemId: string;

  @HiddenFieldsField('MeetingAction')
  hiddenFields?: string[];

  @RestrictedField('MeetingAction', () => String, {
    description: 'What is to be done. Null for anyone working with people causing harm when it is about the adult victim.',
  })
  description: string | null;

  @Field(() => ID)
  owningAgencyId: string;

  @Field(() => ID, { nullable: true, description: 'The owner, when they have an account.' })
  ownerUserId: string | null;

  @Field(() => String, { nullable: true, description: 'The owner, when they have no account.' })
  externalOwnerName: string | null;

  @Field(() => ID, { description: 'The person whose need or behaviour the action addresses.' })
  subjectPersonId: string;

  @Field(() => LocalDate)
  dueOn: string;

  @Field(() => ActionStatus)
  status: ActionStatus;

  @RestrictedField('MeetingAction', () => String, {
    description: 'How it was closed. Null for anyone working with people causing harm when it is about the adult victim.',
  })
  completionNote: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'When it was done or cancelled.' })
  completedOn: string | null;

  @Field(() => Int, { description: 'How many times the daily job has chased it.' })
  chaseCount: number;

  @Field(() => LocalDate, { nullable: true })
  lastChasedOn: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class MeetingActionConnection extends ConnectionType(MeetingActionModel) {}
