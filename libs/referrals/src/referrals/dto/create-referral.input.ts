import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { IsLocalDate, LocalDate } from '@waymark/platform';
import { Consent, LawfulBasis } from '../referral-kinds';

@InputType()
export class CreateReferralInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a family id' })
  familyId: string;

  @Field(() => ID, { description: 'The family member the referral is about (for MARAC, the adult victim); current or past member.' })
  @IsUUID('all', { message: 'must be a person id' })
  subjectPersonId: string;

  @Field(() => ID, { description: 'An active service from the catalogue.' })
  @IsUUID('all', { message: 'must be a service id' })
  serviceId: string;

  @Field({ description: 'Why the referral is made, for the receiving service.' })
  @IsString()
  @Length(1, 4000, { message: 'must say why, in at most 4000 characters' })
  reason: string;

  @Field(() => Consent)
  @IsEnum(Consent)
  consent: Consent;

  @Field(() => LawfulBasis, { nullable: true, description: 'Required when consent is REFUSED or NOT_SOUGHT.' })
  @IsOptional()
  @IsEnum(LawfulBasis)
  lawfulBasis?: LawfulBasis;

  @Field({ nullable: true, description: 'Required when lawfulBasis is OTHER.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  lawfulBasisNote?: string;

  @Field(() => LocalDate, { description: 'When the referral was made (and submitted, with submit: true); not in the future.' })
  @IsLocalDate()
  occurredOn: string;

  @Field({ nullable: true, description: 'Submit at once instead of keeping a DRAFT. Default false.' })
  @IsOptional()
  @IsBoolean()
  submit?: boolean;

  @Field({ nullable: true, description: 'MARAC referrals only: why you refer on professional judgement. Required when no other MARAC criterion is met.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  professionalJudgementReason?: string;

  @Field(() => ID, { nullable: true, description: 'The meeting the referral was agreed at; the family must be on its agenda.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a meeting id' })
  meetingId?: string;
}
