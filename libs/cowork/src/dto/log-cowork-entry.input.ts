import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsLocalDate, LocalDate } from '@waymark/platform';
import { CoworkKind } from '../cowork-kind';

@InputType()
export class CoworkFollowUpInput {
  @Field()
  @IsString()
  @Length(1, 500, { message: 'must say what is to be done, in at most 500 characters' })
  description: string;

  @Field(() => LocalDate, { nullable: true, description: 'Not before the co-work it follows.' })
  @IsOptional()
  @IsLocalDate()
  dueOn?: string;
}

@InputType()
export class LogCoworkEntryInput {
  @Field(() => ID, { description: 'A family you co-work now.' })
  @IsUUID('all', { message: 'must be a family id' })
  familyId: string;

  @Field(() => LocalDate, { description: 'Not in the future, not before your co-work with this family started.' })
  @IsLocalDate()
  occurredOn: string;

  @Field(() => CoworkKind)
  @IsEnum(CoworkKind)
  kind: CoworkKind;

  @Field(() => Int, { description: 'Minutes, 1 to 1440.' })
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(1, { message: 'must be at least 1 minute' })
  @Max(1440, { message: 'must be at most 1440 minutes (one day)' })
  durationMinutes: number;

  @Field(() => [ID], { nullable: true, description: 'Practitioners with accounts who took part (active users), not yourself.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique({ message: 'must not repeat a practitioner' })
  @IsUUID('all', { each: true, message: 'must be user ids' })
  practitionerUserIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Agencies involved, including those whose practitioners have no account.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique({ message: 'must not repeat an agency' })
  @IsUUID('all', { each: true, message: 'must be agency ids' })
  agencyIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Family members seen (current or past members), including the person causing harm.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique({ message: 'must not repeat a person' })
  @IsUUID('all', { each: true, message: 'must be person ids' })
  personSeenIds?: string[];

  @Field({ nullable: true, description: 'A short note. Victim-side detail: shown only to those working for the victim.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @Field(() => [CoworkFollowUpInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CoworkFollowUpInput)
  followUps?: CoworkFollowUpInput[];
}

@InputType()
export class CompleteCoworkFollowUpInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a follow-up id' })
  followUpId: string;

  @Field(() => LocalDate, { description: 'Not in the future, not before the co-work it follows.' })
  @IsLocalDate()
  doneOn: string;
}
