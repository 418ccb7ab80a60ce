import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';

@InputType()
export class AgencyAttendanceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an agency id' })
  agencyId: string;

  @Field()
  @IsBoolean()
  attended: boolean;

  @Field({ nullable: true, description: 'Who represented the agency; required when it attended.' })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  representativeName?: string;

  @Field({ nullable: true, description: 'For an agency that sent apologies: whether it sent its information (its MARAC research) all the same.' })
  @IsOptional()
  @IsBoolean()
  informationSent?: boolean;
}

@InputType()
export class RecordMeetingAttendanceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a meeting id' })
  meetingId: string;

  @Field(() => [AgencyAttendanceInput], { description: 'Invited agencies, each at most once; recording again replaces.' })
  @ArrayMinSize(1, { message: 'must give at least one agency' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AgencyAttendanceInput)
  attendance: AgencyAttendanceInput[];
}
