import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@waymark/platform';
import { UserModel } from '../users/user.model';
import { BreakGlassSubjectType } from './break-glass-subjects';

@ObjectType('BreakGlassGrant')
export class BreakGlassGrantModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  userId: string;

  @Field(() => UserModel, { description: 'Who asked for access.' })
  user?: UserModel;

  @Field(() => BreakGlassSubjectType)
  subjectType: BreakGlassSubjectType;

  @Field(() => ID)
  subjectId: string;

  @Field()
  reason: string;

  @Field()
  grantedAt: Date;

  @Field()
  expiresAt: Date;

  @Field()
  active: boolean;
}

@ObjectType()
export class BreakGlassGrantConnection extends ConnectionType(BreakGlassGrantModel) {}
