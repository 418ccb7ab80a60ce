import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsLocalDate, LocalDate } from '@waymark/platform';

const TEXT = 4000;

@InputType({ description: "Your agency's research on one case before a MARAC; recording again replaces it. A field left out keeps its earlier value." })
export class RecordAgencyResearchInput {
  @Field(() => ID, { description: 'The case: an item on the agenda of a MARAC your agency is invited to.' })
  @IsUUID('all', { message: 'must be an agenda item id' })
  agendaItemId: string;

  @Field({ description: 'False when your agency searched its records and holds nothing on this family.' })
  @IsBoolean()
  holdsRecords: boolean;

  @Field(() => String, { nullable: true, description: 'Facts your records hold about the adult victim (dates, sources), not opinion.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  victimFacts?: string | null;

  @Field(() => String, { nullable: true, description: 'Facts your records hold about the person causing harm.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  personCausingHarmFacts?: string | null;

  @Field(() => String, { nullable: true, description: 'Facts your records hold about the children.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  childrenFacts?: string | null;

  @Field(() => String, { nullable: true, description: "Your agency's professional opinion of the risk, kept apart from the facts." })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  professionalOpinion?: string | null;

  @Field(() => String, { nullable: true, description: 'What your agency holds but decided not to share; give notSharedReason with it.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  notShared?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it is not shared.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  notSharedReason?: string | null;

  @Field(() => LocalDate, { description: 'When the records were searched: not in the future, not after the meeting.' })
  @IsLocalDate()
  researchedOn: string;
}

@InputType()
export class SendResearchReminderInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a meeting id' })
  meetingId: string;

  @Field(() => ID, { description: 'An invited agency with cases still to research.' })
  @IsUUID('all', { message: 'must be an agency id' })
  agencyId: string;
}
