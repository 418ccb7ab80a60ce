import { Field, ID, InputType } from '@nestjs/graphql';
import { MeetingType } from '@waymark/meetings';
import { IsLocalDate, LocalDate } from '@waymark/platform';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';

@InputType({ description: 'A reporting period: calendar dates, both ends included, at most 5 years long.' })
export class ReportPeriodInput {
  @Field(() => LocalDate, { description: 'First day counted.' })
  @IsLocalDate()
  from: string;

  @Field(() => LocalDate, { description: 'Last day counted (not before from).' })
  @IsLocalDate()
  to: string;
}

@InputType({ description: 'What a report counts: a period, and optionally one agency, one team and one meeting type.' })
export class ReportFiltersInput {
  @Field(() => ReportPeriodInput)
  @ValidateNested()
  @Type(() => ReportPeriodInput)
  period: ReportPeriodInput;

  @Field(() => ID, { nullable: true, description: "Only this agency's records (a manager or coordinator may only name their own)." })
  @IsOptional()
  @IsUUID('all', { message: 'must be an agency id' })
  agencyId?: string;

  @Field(() => ID, { nullable: true, description: 'Only families currently allocated to this team.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a team id' })
  teamId?: string;

  @Field(() => MeetingType, { nullable: true, description: 'Only meetings of this type (reports about meetings).' })
  @IsOptional()
  @IsEnum(MeetingType, { message: 'must be one of the meeting types' })
  meetingType?: MeetingType;
}

@InputType({ description: 'Which open signals to count: optionally one agency and one team.' })
export class SignalsOverviewFiltersInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an agency id' })
  agencyId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a team id' })
  teamId?: string;
}
