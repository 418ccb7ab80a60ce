import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { IsLocalDate, LocalDate } from '@waymark/platform';

@ArgsType()
export class MaracCriteriaArgs {
  @Field(() => ID, { description: 'The adult victim.' })
  @IsUUID('all', { message: 'is not a valid id' })
  victimId: string;

  @Field(() => LocalDate, { nullable: true, description: 'The date to judge on; today when not given. Not in the future.' })
  @IsOptional()
  @IsLocalDate()
  asOf?: string;
}
