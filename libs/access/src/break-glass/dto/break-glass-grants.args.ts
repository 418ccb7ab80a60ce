import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageArgs } from '@waymark/platform';

@ArgsType()
export class BreakGlassGrantsArgs extends PageArgs {
  @Field({ nullable: true, defaultValue: false, description: 'Only grants that have not yet expired.' })
  @IsOptional()
  @IsBoolean()
  activeOnly?: boolean;
}
