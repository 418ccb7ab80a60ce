import { Field, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '@waymark/platform';
import { ReportCountModel, ReportDaysModel, ReportRateModel } from '../models/report-cell.model';

@ObjectType('DeclineReasons', { description: 'Declined referrals by the reason recorded: unmet need, by service type.' })
export class DeclineReasonsModel {
  @Field(() => ReportCountModel) eligibility: ReportCountModel;
  @Field(() => ReportCountModel) capacity: ReportCountModel;
  @Field(() => ReportCountModel) duplicate: ReportCountModel;
  @Field(() => ReportCountModel) notAppropriate: ReportCountModel;
  @Field(() => ReportCountModel) other: ReportCountModel;
}

@ObjectType('ServiceTypeOutcomes')
export class ServiceTypeOutcomesModel {
  @Field({ description: 'The type of service referred to (PERPETRATOR_PROGRAMME, ADULT_MENTAL_HEALTH, SUBSTANCE_MISUSE, …).' })
  serviceType: string;

  @Field(() => ReportCountModel, { description: 'Referrals submitted in the period.' }) referrals: ReportCountModel;
  @Field(() => ReportCountModel, { description: 'Still SUBMITTED: no decision yet.' }) awaitingDecision: ReportCountModel;
  @Field(() => ReportCountModel, { description: 'Accepted (now ACCEPTED, ENGAGED, COMPLETED or DISENGAGED).' }) accepted: ReportCountModel;
  @Field(() => ReportCountModel) declined: ReportCountModel;
  @Field(() => ReportCountModel) withdrawn: ReportCountModel;
  @Field(() => ReportRateModel, { description: 'accepted / (accepted + declined).' }) acceptanceRate: ReportRateModel;
  @Field(() => DeclineReasonsModel) declineReasons: DeclineReasonsModel;
  @Field(() => ReportCountModel, { description: 'Accepted referrals where the person engaged (a first engagement is dated).' }) engaged: ReportCountModel;
  @Field(() => ReportCountModel) completed: ReportCountModel;
  @Field(() => ReportCountModel) disengaged: ReportCountModel;
  @Field(() => ReportRateModel, { description: 'completed / accepted.' }) completionRate: ReportRateModel;
  @Field(() => ReportDaysModel, { description: 'Waiting time: median days from submission to decision (accepted or declined).' })
  medianDaysToDecision: ReportDaysModel;
  @Field(() => ReportDaysModel, { description: 'Waiting time: 90th percentile of days from submission to decision.' }) p90DaysToDecision: ReportDaysModel;
}

@ObjectType('ReferralOutcomes', {
  description: 'Referral outcomes by service type: referrals submitted in the period, to or from the agency in scope, with their current status.',
})
export class ReferralOutcomesModel {
  @Field(() => LocalDate) from: string;
  @Field(() => LocalDate) to: string;
  @Field() suppressionApplied: boolean;
  @Field(() => [ServiceTypeOutcomesModel], { description: 'Service types with at least one referral.' }) byServiceType: ServiceTypeOutcomesModel[];
}
