import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';

@InputType()
export class CreateTeamInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an agency id' })
  agencyId: string;

  @Field()
  @IsString()
  @Length(2, 200, { message: 'must be between 2 and 200 characters' })
  name: string;
}
