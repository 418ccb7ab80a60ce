import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageArgs } from '@waymark/platform';

@ArgsType()
export class FamiliesArgs extends PageArgs {
  @Field({ nullable: true, defaultValue: false, description: 'Only families allocated now to you or your team: a case holder’s own caseload.' })
  @IsOptional()
  @IsBoolean()
  allocatedToMe?: boolean;
}
