import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../users/user.model';

@ObjectType('AccessToken')
export class AccessTokenModel {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`.' })
  accessToken: string;

  @Field({ description: 'Sign in again after this time.' })
  expiresAt: Date;

  @Field(() => UserModel)
  user: UserModel;
}
