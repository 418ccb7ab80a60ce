import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';

@InputType()
export class RfgWeightsInput {
  @Field(() => Float, { description: 'Zero or more; default 1.' })
  @IsNumber({}, { message: 'must be a number' })
  recency: number;

  @Field(() => Float, { description: 'Zero or more; default 1.' })
  @IsNumber({}, { message: 'must be a number' })
  frequency: number;

  @Field(() => Float, { description: 'Zero or more; default 1.' })
  @IsNumber({}, { message: 'must be a number' })
  gravity: number;
}

@ArgsType()
export class MatacWorklistArgs {
  @Field(() => RfgWeightsInput, { nullable: true, description: 'Not negative, not all zero. Default 1, 1, 1.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RfgWeightsInput)
  weights?: RfgWeightsInput;

  @Field(() => Int, { nullable: true, description: 'Months back from today, 1 to 60. Default 12.' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of months' })
  @Min(1, { message: 'must be at least 1 month' })
  @Max(60, { message: 'must be at most 60 months' })
  windowMonths?: number;

  @Field(() => Int, { nullable: true, description: 'How many to list, 1 to 100. Default 20.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  first?: number;
}

@InputType()
export class ListOnMatacInput {
  @Field(() => ID, { description: 'A MATAC your agency organises, not held or cancelled.' })
  @IsUUID('all', { message: 'must be a meeting id' })
  meetingId: string;

  @Field(() => ID, { description: 'A person on the MATAC worklist.' })
  @IsUUID('all', { message: 'must be a person id' })
  personId: string;

  @Field({ nullable: true, description: 'Why he is listed; by default, his score in words.' })
  @IsOptional()
  @IsString()
  @Length(3, 2000, { message: 'must say why, in 3 to 2000 characters' })
  reasonForListing?: string;
}
