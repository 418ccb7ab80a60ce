import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsDate, IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { MeetingType } from '../../meeting-kinds';

@InputType()
export class ScheduleMeetingInput {
  @Field(() => MeetingType)
  @IsEnum(MeetingType)
  type: MeetingType;

  @Field({ description: 'e.g. "Northside MARAC, March".' })
  @IsString()
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  title: string;

  @Field({ description: 'When it starts. A past time records a meeting already held elsewhere.' })
  @IsDate({ message: 'must be a date and time' })
  startsAt: Date;

  @Field(() => String, { nullable: true, description: 'Where it takes place: a room and address, or "Online (Teams)". Invitations say so.' })
  @IsOptional()
  @IsString()
  @Length(1, 300, { message: 'must be 1 to 300 characters' })
  venue?: string | null;

  @Field(() => ID, { description: 'A meeting chair or MARAC coordinator.' })
  @IsUUID('all', { message: 'must be a user id' })
  chairUserId: string;

  @Field(() => [ID], { description: 'The agencies invited, each once.' })
  @ArrayMinSize(1, { message: 'must invite at least one agency' })
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'must not invite an agency twice' })
  @IsUUID('all', { each: true, message: 'must be agency ids' })
  invitedAgencyIds: string[];
}

@InputType()
export class InviteAgenciesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a meeting id' })
  meetingId: string;

  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'must name at least one agency' })
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'must not name an agency twice' })
  @IsUUID('all', { each: true, message: 'must be agency ids' })
  agencyIds: string[];
}

@InputType()
export class CancelMeetingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a meeting id' })
  meetingId: string;

  @Field({ description: 'Why it will not take place.' })
  @IsString()
  @Length(3, 2000, { message: 'must say why, in 3 to 2000 characters' })
  reason: string;
}
