import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMinSize, ArrayUnique, IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { Role } from '../../roles';

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a user id' })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 200, { message: 'must be between 2 and 200 characters' })
  displayName?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an agency id' })
  agencyId?: string;

  @Field(() => ID, { nullable: true, description: 'A team of the same agency.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a team id' })
  teamId?: string;

  @Field(() => [Role], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: 'must name at least one role' })
  @ArrayUnique({ message: 'must not repeat a role' })
  @IsEnum(Role, { each: true })
  roles?: Role[];
}
