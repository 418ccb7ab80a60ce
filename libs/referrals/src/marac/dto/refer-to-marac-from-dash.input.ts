import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsLocalDate, LocalDate } from '@waymark/platform';
import { Consent, LawfulBasis } from '../../referrals/referral-kinds';

@InputType({
  description:
    'A MARAC referral made from a recorded DASH: the family, the victim, the score, the criteria met and their evidence come from the records. Asks only what they do not hold.',
})
export class ReferToMaracFromRiskAssessmentInput {
  @Field(() => ID, { description: "The victim's latest DASH risk assessment." })
  @IsUUID('all', { message: 'must be a risk assessment id' })
  riskAssessmentId: string;

  @Field(() => ID, { description: 'The MARAC to refer to (a service of type MARAC).' })
  @IsUUID('all', { message: 'must be a service id' })
  serviceId: string;

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

  @Field({ nullable: true, description: 'Why you refer on professional judgement; required when no other MARAC criterion is met.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  professionalJudgementReason?: string;

  @Field({ nullable: true, description: 'Anything the MARAC should know that the records do not say; added after the summary of the DASH.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  additionalInformation?: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'When the referral is made and submitted (default today); not before the assessment, not in the future.',
  })
  @IsOptional()
  @IsLocalDate()
  occurredOn?: string;
}
