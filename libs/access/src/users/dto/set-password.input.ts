import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID } from 'class-validator';
import { IsAcceptablePassword } from './password';

@InputType()
export class SetUserPasswordInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a user id' })
  userId: string;

  @Field()
  @IsAcceptablePassword()
  password: string;
}

@InputType()
export class ChangeMyPasswordInput {
  @Field()
  @IsString()
  currentPassword: string;

  @Field()
  @IsAcceptablePassword()
  newPassword: string;
}
