import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { HiddenFieldsField, RestrictedField, UserModel } from '@waymark/access';
import { PersonModel } from '@waymark/families';
import { ConnectionType, LocalDate } from '@waymark/platform';
import { MaracCriterionCheckModel } from '../marac/marac-criteria.model';
import { ServiceModel } from '../services/service.model';
import { Consent, DeclineReason, LawfulBasis, MaracCriterion, ReferralStatus } from './referral-kinds';

@ObjectType('ReferralStatusChange', { description: "One dated change of a referral's status." })
export class ReferralStatusChangeModel {
  @Field(() => ID)
  id: string;

  @Field(() => ReferralStatus, { nullable: true, description: 'Null for the first entry, when the referral was made.' })
  fromStatus: ReferralStatus | null;

  @Field(() => ReferralStatus)
  toStatus: ReferralStatus;

  @Field(() => LocalDate)
  occurredOn: string;

  @Field()
  recordedAt: Date;

  @Field(() => ID, { description: 'Who recorded it.' })
  byUserId: string;

  @Field(() => UserModel, { nullable: true })
  by?: UserModel;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => DeclineReason, { nullable: true })
  declineReason: DeclineReason | null;

  @Field(() => String, { nullable: true })
  declineCriterion: string | null;
}

@ObjectType('Referral', { description: 'A referral of one family member to a service, followed to its outcome.' })
export class ReferralModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  familyId: string;

  @Field(() => ID)
  subjectPersonId: string;

  @Field(() => PersonModel, { nullable: true, description: 'The person referred; null if you may not see them. Restricted fields follow the person rules.' })
  subject?: PersonModel | null;

  @Field(() => ID)
  serviceId: string;

  @Field(() => ServiceModel)
  service?: ServiceModel;

  @Field(() => ID, { description: 'Who made the referral.' })
  fromUserId: string;

  @Field(() => UserModel, { nullable: true })
  referredBy?: UserModel;

  @Field(() => ID)
  fromAgencyId: string;

  @Field(() => ID, { description: "The receiving service's agency." })
  toAgencyId: string;

  @Field()
  reason: string;

  @Field(() => Consent)
  consent: Consent;

  @Field(() => LawfulBasis, { nullable: true, description: 'Why it was shared without consent.' })
  lawfulBasis: LawfulBasis | null;

  @Field(() => String, { nullable: true })
  lawfulBasisNote: string | null;

  @Field(() => ReferralStatus)
  status: ReferralStatus;

  @Field(() => LocalDate, { description: 'When it was made.' })
  referredOn: string;

  @Field(() => LocalDate, { nullable: true })
  submittedOn: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'When it was accepted or declined.' })
  decidedOn: string | null;

  @Field(() => LocalDate, { nullable: true })
  firstEngagedOn: string | null;

  @Field(() => LocalDate)
  lastChangedOn: string;

  @Field(() => DeclineReason, { nullable: true })
  declineReason: DeclineReason | null;

  @Field(() => String, { nullable: true, description: 'For an ELIGIBILITY decline: the criterion that was not met.' })
  declineCriterion: string | null;

  @Field(() => ID, { nullable: true, description: 'The meeting it was agreed at, if any.' })
  meetingId: string | null;

  @Field(() => [MaracCriterion], { description: 'For a MARAC referral: the criteria that held when it was submitted.' })
  maracCriteria: MaracCriterion[];

  @Field({ description: 'For a MARAC referral: whether it was a repeat (a previous MARAC referral within 12 months).' })
  isRepeatMarac: boolean;

  @Field(() => String, { nullable: true })
  professionalJudgementReason: string | null;

  @Field(() => ID, { nullable: true, description: 'A MARAC referral made from a DASH risk assessment: that assessment.' })
  riskAssessmentId: string | null;

  @Field(() => Int, { nullable: true, description: 'The DASH score it was made from (yes answers of 24).' })
  dashScore: number | null;

  @HiddenFieldsField('Referral')
  hiddenFields?: string[];

  @RestrictedField('Referral', () => [MaracCriterionCheckModel], {
    description: 'For a MARAC referral: the criteria met on submission with their evidence. Never shown to anyone working with people causing harm.',
  })
  maracCriteriaChecks: MaracCriterionCheckModel[] | null;

  @Field(() => Int, { nullable: true, description: 'Days from submission to acceptance or decline; to today while still SUBMITTED.' })
  daysWaiting?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days from submission to first engagement.' })
  daysToFirstEngagement?: number | null;

  @Field(() => Int, { description: 'Days from the last status change to today.' })
  daysSinceLastChange?: number;

  @Field(() => [ReferralStatusChangeModel], { description: 'Every status change, oldest first.' })
  statusHistory?: ReferralStatusChangeModel[];
}

@ObjectType()
export class ReferralConnection extends ConnectionType(ReferralModel) {}
