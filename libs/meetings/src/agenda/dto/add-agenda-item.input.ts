import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { ScopeRole } from '../../meeting-kinds';

@InputType()
export class PersonInScopeInput {
  @Field(() => ID, { description: 'A member of the family, current or past.' })
  @IsUUID('all', { message: 'must be a person id' })
  personId: string;

  @Field(() => ScopeRole)
  @IsEnum(ScopeRole)
  scopeRole: ScopeRole;
}

@InputType()
export class AddAgendaItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a meeting id' })
  meetingId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a family id' })
  familyId: string;

  @Field({ description: 'Why the family is on the agenda, e.g. "Repeat referral: incident on 2 March".' })
  @IsString()
  @Length(3, 2000, { message: 'must say why, in 3 to 2000 characters' })
  reasonForListing: string;

  @Field(() => [PersonInScopeInput], { description: 'The family members the discussion is about, each once.' })
  @ArrayMinSize(1, { message: 'must name at least one person in scope' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => PersonInScopeInput)
  people: PersonInScopeInput[];

  @Field(() => ID, { nullable: true, description: 'On a MARAC, required: the MARAC referral the case is listed from (see maracAgendaCandidates).' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a referral id' })
  maracReferralId?: string;
}

@InputType()
export class RecordRiskSummaryInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an agenda item id' })
  agendaItemId: string;

  @Field({ description: 'The risks as summarised at the meeting; recording again replaces it.' })
  @IsString()
  @Length(3, 10000, { message: 'must be 3 to 10000 characters' })
  riskSummary: string;
}
