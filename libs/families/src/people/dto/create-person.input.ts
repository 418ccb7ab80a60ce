import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { IsLocalDate, LocalDate } from '@waymark/platform';
import { EthnicityGroup, Gender } from '../person-kinds';

@InputType()
export class CreatePersonInput {
  @Field()
  @IsString()
  @Length(1, 100, { message: 'must be between 1 and 100 characters' })
  givenName: string;

  @Field()
  @IsString()
  @Length(1, 100, { message: 'must be between 1 and 100 characters' })
  familyName: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  aliases?: string[];

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  dateOfBirth?: string;

  @Field(() => LocalDate, { nullable: true, description: 'For an unborn child, instead of dateOfBirth.' })
  @IsOptional()
  @IsLocalDate()
  expectedDateOfBirth?: string;

  @Field(() => Gender)
  @IsEnum(Gender)
  gender: Gender;

  @Field(() => EthnicityGroup)
  @IsEnum(EthnicityGroup)
  ethnicityGroup: EthnicityGroup;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  ethnicityDetail?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  firstLanguage?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  interpreterNeeded?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  disability?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  immigrationStatus?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  noRecourseToPublicFunds?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  confidentialAddress?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  safeContactDetails?: string;

  @Field({ nullable: true, description: 'Outward part of the postcode, e.g. "M14"; used to spot possible duplicates.' })
  @IsOptional()
  @Matches(/^\s*[A-Za-z]{1,2}[0-9][A-Za-z0-9]?\s*$/, { message: 'must be the first part of a postcode, such as M14 or SW1A' })
  postcodeArea?: string;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Record the person even though possible duplicates were found (after checking them).',
  })
  @IsOptional()
  @IsBoolean()
  confirmNotDuplicate?: boolean;
}
