import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { IsLocalDate, LocalDate, PageArgs } from '@waymark/platform';

@InputType()
export class CoworkEntryFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a family id' })
  familyId?: string;

  @Field(() => ID, { nullable: true, description: 'Entries logged by this specialist.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  specialistUserId?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Only work on or after this date.' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Only work on or before this date.' })
  @IsOptional()
  @IsLocalDate()
  to?: string;
}

@ArgsType()
export class CoworkEntriesArgs extends PageArgs {
  @Field(() => CoworkEntryFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CoworkEntryFilter)
  filter?: CoworkEntryFilter;
}
