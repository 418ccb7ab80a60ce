import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@waymark/platform';

export enum NotificationKind {
  SIGN_IN_THROTTLED = 'SIGN_IN_THROTTLED',
  BREAK_GLASS_GRANTED = 'BREAK_GLASS_GRANTED',
  AUDIT_CHAIN_BROKEN = 'AUDIT_CHAIN_BROKEN',
  ACTION_OVERDUE = 'ACTION_OVERDUE',
  MEETING_INVITATION = 'MEETING_INVITATION',
  RESEARCH_REMINDER = 'RESEARCH_REMINDER',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field(() => String, { nullable: true })
  subjectType: string | null;

  @Field(() => ID, { nullable: true })
  subjectId: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;
}

@ObjectType()
export class NotificationConnection extends ConnectionType(NotificationModel) {}
