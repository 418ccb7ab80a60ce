import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsString, Length, MaxLength } from 'class-validator';
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
}
