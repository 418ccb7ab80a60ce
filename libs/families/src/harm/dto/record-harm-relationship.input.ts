import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMinSize, ArrayUnique, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsLocalDate, LocalDate } from '@waymark/platform';
import { AbuseForm, HarmDisclosure, HarmTypology } from '../harm-kinds';

@InputType()
export class RecordHarmRelationshipInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a family id' })
  familyId: string;

  @Field(() => ID, { description: 'A member of the family, current or past.' })
  @IsUUID('all', { message: 'must be a person id' })
  personCausingHarmId: string;

  @Field(() => ID, { description: 'A member of the family, current or past; not the person causing harm.' })
  @IsUUID('all', { message: 'must be a person id' })
  personHarmedId: string;

  @Field(() => [AbuseForm])
  @ArrayMinSize(1, { message: 'must name at least one form of abuse' })
  @ArrayUnique({ message: 'must not repeat a form of abuse' })
  @IsEnum(AbuseForm, { each: true })
  forms: AbuseForm[];

  @Field(() => HarmDisclosure)
  @IsEnum(HarmDisclosure)
  disclosure: HarmDisclosure;

  @Field(() => HarmTypology, { nullable: true })
  @IsOptional()
  @IsEnum(HarmTypology)
  typology?: HarmTypology;

  @Field(() => LocalDate, { description: 'Not in the future.' })
  @IsLocalDate()
  recordedOn: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
