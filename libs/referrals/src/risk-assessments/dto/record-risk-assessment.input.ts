import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsArray, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { IsLocalDate, LocalDate, PageArgs } from '@waymark/platform';
import { DashAnswer, RiskJudgement } from '../dash';

@InputType()
export class RecordRiskAssessmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a family id' })
  familyId: string;

  @Field(() => ID, { description: 'The adult victim: a member of the family, current or past.' })
  @IsUUID('all', { message: 'must be a person id' })
  victimPersonId: string;

  @Field(() => ID, { description: 'The person causing harm: a member of the family, current or past.' })
  @IsUUID('all', { message: 'must be a person id' })
  personCausingHarmId: string;

  @Field(() => LocalDate, { description: 'Not in the future.' })
  @IsLocalDate()
  assessedOn: string;

  @Field(() => [DashAnswer], { description: 'The 24 answers, in question order. The score is the count of YES.' })
  @IsArray()
  @IsEnum(DashAnswer, { each: true })
  answers: DashAnswer[];

  @Field(() => RiskJudgement, { description: "The assessor's professional judgement." })
  @IsEnum(RiskJudgement)
  judgement: RiskJudgement;
}

@ArgsType()
export class RiskAssessmentsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a family id' })
  familyId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a person id' })
  victimPersonId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a person id' })
  personCausingHarmId?: string;
}
