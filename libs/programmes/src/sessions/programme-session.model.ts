import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { UserModel } from '@waymark/access';
import { LocalDate } from '@waymark/platform';
import { SessionAttendance } from '../programme-kinds';

@ObjectType('ProgrammeSession', { description: 'One session of a behaviour-change programme, attended or missed.' })
export class ProgrammeSessionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  referralId: string;

  @Field(() => ID)
  personId: string;

  @Field(() => LocalDate)
  occurredOn: string;

  @Field(() => SessionAttendance)
  attendance: SessionAttendance;

  @Field(() => UserModel, { description: 'The perpetrator worker who recorded it.' })
  recordedBy?: UserModel;

  @Field()
  recordedAt: Date;
}

@ObjectType('ProgrammeEngagement', { description: 'How the person causing harm is taking part in the programme, from its sessions.' })
export class ProgrammeEngagementModel {
  @Field(() => Int)
  attended: number;

  @Field(() => Int)
  missed: number;

  @Field(() => Float, { nullable: true, description: 'Share of recorded sessions attended, 0 to 1; null before any session.' })
  attendanceRate: number | null;

  @Field(() => LocalDate, { nullable: true })
  lastAttendedOn: string | null;

  @Field({ description: 'In words, for the case holder.' })
  summary: string;
}
