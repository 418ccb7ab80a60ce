import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsLocalDate, LocalDate } from '@waymark/platform';

@ArgsType()
export class MaracCriteriaArgs {
  @Field(() => LocalDate, { nullable: true, description: 'The date to judge on; today when not given. Not in the future.' })
  @IsOptional()
  @IsLocalDate()
  asOf?: string;
}
