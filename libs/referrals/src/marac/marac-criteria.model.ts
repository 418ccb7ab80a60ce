import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDate } from '@waymark/platform';
import { MaracCriterion } from '../referrals/referral-kinds';

export enum MaracEvidenceKind {
  RISK_ASSESSMENT = 'RISK_ASSESSMENT',
  INCIDENT = 'INCIDENT',
  MARAC_REFERRAL = 'MARAC_REFERRAL',
  STATED_REASON = 'STATED_REASON',
}
registerEnumType(MaracEvidenceKind, { name: 'MaracEvidenceKind' });

@ObjectType('MaracEvidence', { description: 'A record a MARAC criterion rests on.' })
export class MaracEvidenceModel {
  @Field(() => MaracEvidenceKind)
  kind: MaracEvidenceKind;

  @Field(() => ID, { nullable: true, description: 'The risk assessment, incident or referral; null for a stated reason.' })
  recordId: string | null;

  @Field(() => LocalDate, { nullable: true })
  date: string | null;

  @Field({ description: 'In words, e.g. "DASH of 2025-05-20: 16 yes, judged HIGH".' })
  summary: string;
}

@ObjectType('MaracCriterionCheck', { description: 'One MARAC criterion: whether it holds, why, and the records it rests on.' })
export class MaracCriterionCheckModel {
  @Field(() => MaracCriterion)
  criterion: MaracCriterion;

  @Field()
  met: boolean;

  @Field({ description: 'A sentence saying why it holds or not.' })
  explanation: string;

  @Field(() => [MaracEvidenceModel])
  evidence: MaracEvidenceModel[];
}

@ObjectType('MaracCriteria', { description: 'Which MARAC referral criteria hold for an adult victim on a date.' })
export class MaracCriteriaModel {
  @Field(() => ID)
  victimPersonId: string;

  @Field(() => LocalDate)
  asOf: string;

  @Field(() => [MaracCriterion], { description: 'The criteria that hold; empty when none does.' })
  criteriaMet: MaracCriterion[];

  @Field({ description: 'A MARAC referral now would be a repeat (REPEAT holds).' })
  isRepeat: boolean;

  @Field(() => [MaracCriterionCheckModel], { description: 'Every criterion, met or not, in a fixed order.' })
  checks: MaracCriterionCheckModel[];
}
