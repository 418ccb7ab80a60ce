import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsString, IsUUID, Length } from 'class-validator';
import { IsLocalDate, LocalDate } from '@waymark/platform';
import { RiskToFamilyLevel, SessionAttendance } from '../programme-kinds';

@InputType()
export class RecordProgrammeSessionInput {
  @Field(() => ID, { description: 'An accepted referral to a perpetrator programme at your agency.' })
  @IsUUID('all', { message: 'must be a referral id' })
  referralId: string;

  @Field(() => LocalDate, { description: 'Not in the future, not before the referral was accepted.' })
  @IsLocalDate()
  occurredOn: string;

  @Field(() => SessionAttendance)
  @IsEnum(SessionAttendance)
  attendance: SessionAttendance;
}

@InputType()
export class RecordPerpetratorRiskViewInput {
  @Field(() => ID, { description: 'An accepted referral to a perpetrator programme at your agency.' })
  @IsUUID('all', { message: 'must be a referral id' })
  referralId: string;

  @Field(() => LocalDate, { description: 'Not in the future, not before the referral was accepted.' })
  @IsLocalDate()
  recordedOn: string;

  @Field(() => RiskToFamilyLevel)
  @IsEnum(RiskToFamilyLevel)
  level: RiskToFamilyLevel;

  @Field({ description: 'Your view of the risk he poses to the family, for the case holder (at most 4000 characters).' })
  @IsString()
  @Length(1, 4000, { message: 'must say what you see of the risk, in at most 4000 characters' })
  view: string;
}
