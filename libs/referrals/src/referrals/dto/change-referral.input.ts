import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsLocalDate, LocalDate } from '@waymark/platform';
import { DeclineReason } from '../referral-kinds';

/** What every status change records: which referral, when, and optionally a note. */
@InputType()
export class ChangeReferralInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a referral id' })
  referralId: string;

  @Field(() => LocalDate, { description: 'When it happened; not in the future, not before the previous change.' })
  @IsLocalDate()
  occurredOn: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@InputType()
export class SubmitReferralInput extends ChangeReferralInput {
  @Field({ nullable: true, description: 'MARAC referrals only: why you refer on professional judgement (replaces any given when drafting).' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  professionalJudgementReason?: string;
}

@InputType()
export class DeclineReferralInput extends ChangeReferralInput {
  @Field(() => DeclineReason)
  @IsEnum(DeclineReason)
  reason: DeclineReason;

  @Field({ nullable: true, description: 'Required for ELIGIBILITY: the eligibility criterion that was not met.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  criterion?: string;
}
