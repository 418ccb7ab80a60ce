import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field()
  @IsEmail({}, { message: 'must be an email address' })
  email: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  password: string;
}
