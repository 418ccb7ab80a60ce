import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@waymark/platform';
import { UserModel } from '../users/user.model';

@ObjectType('AuditEvent', { description: 'Who did what to which record, when, from where and why.' })
export class AuditEventModel {
  @Field(() => ID)
  id: string;

  @Field()
  occurredAt: Date;

  @Field(() => ID, { nullable: true })
  actorUserId: string | null;

  @Field(() => UserModel, { nullable: true })
  actor?: UserModel | null;

  @Field()
  action: string;

  @Field()
  subjectType: string;

  @Field(() => String, { nullable: true })
  subjectId: string | null;

  @Field(() => String, { nullable: true })
  requestId: string | null;

  @Field(() => String, { nullable: true })
  clientAddress: string | null;

  @Field(() => String, { nullable: true, description: 'The reason given, for break-glass access.' })
  reason: string | null;
}

@ObjectType()
export class AuditEventConnection extends ConnectionType(AuditEventModel) {}

@ObjectType('AuditChainStatus')
export class AuditChainStatusModel {
  @Field({ description: 'False when any event was altered, removed or re-linked.' })
  intact: boolean;

  @Field()
  eventsChecked: number;

  @Field(() => ID, { nullable: true })
  firstBrokenEventId: string | null;

  @Field(() => String, { nullable: true })
  problem: string | null;
}
