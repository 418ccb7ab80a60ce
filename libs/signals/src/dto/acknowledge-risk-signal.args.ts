import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength } from 'class-validator';

@ArgsType()
export class AcknowledgeRiskSignalArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a risk signal id' })
  id: string;

  @Field({ description: 'What is being done about it (required), up to 2000 characters.' })
  @IsString()
  @MaxLength(2000)
  note: string;
}
