import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMinSize, ArrayUnique, IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { Role } from '../../roles';
import { IsAcceptablePassword } from './password';

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail({}, { message: 'must be an email address' })
  email: string;

  @Field()
  @IsString()
  @Length(2, 200, { message: 'must be between 2 and 200 characters' })
  displayName: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an agency id' })
  agencyId: string;

  @Field(() => ID, { nullable: true, description: 'A team of the same agency.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a team id' })
  teamId?: string;

  @Field(() => [Role])
  @ArrayMinSize(1, { message: 'must name at least one role' })
  @ArrayUnique({ message: 'must not repeat a role' })
  @IsEnum(Role, { each: true })
  roles: Role[];

  @Field({ description: 'An initial password; the user should change it after first sign-in.' })
  @IsAcceptablePassword()
  password: string;
}
