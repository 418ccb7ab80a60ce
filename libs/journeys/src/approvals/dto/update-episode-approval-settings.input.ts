import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, ValidateNested } from 'class-validator';
import { InterventionLevel } from '../../intervention-level';

@InputType()
export class EpisodeApprovalSettingInput {
  @Field(() => InterventionLevel, { description: 'UNIVERSAL, EARLY_HELP, CIN, CP_PLAN or LAC.' })
  @IsEnum(InterventionLevel)
  level: InterventionLevel;

  @Field()
  @IsBoolean()
  requiresApproval: boolean;
}

@InputType()
export class UpdateEpisodeApprovalSettingsInput {
  @Field(() => [EpisodeApprovalSettingInput], { description: 'The levels to change, each once.' })
  @ArrayMinSize(1, { message: 'must change at least one level' })
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => EpisodeApprovalSettingInput)
  settings: EpisodeApprovalSettingInput[];
}
