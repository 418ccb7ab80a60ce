import { Field, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '@waymark/platform';
import { ReportCountModel, ReportRateModel } from '../models/report-cell.model';

@ObjectType('AfterSeparationClosure', { description: 'What happened within a window after the episodes closed following a separation.' })
export class AfterSeparationClosureModel {
  @Field(() => ReportCountModel, { description: "The child was re-referred to children's social care." }) reReferred: ReportCountModel;
  @Field(() => ReportRateModel) shareReReferred: ReportRateModel;
  @Field(() => ReportCountModel, { description: 'A new incident was recorded for the family.' }) newIncident: ReportCountModel;
  @Field(() => ReportRateModel) shareNewIncident: ReportRateModel;
  @Field(() => ReportCountModel, { description: 'A reconciliation was recorded for the family.' }) reconciliation: ReportCountModel;
  @Field(() => ReportRateModel) shareReconciliation: ReportRateModel;
}

@ObjectType('RevolvingDoor', {
  description:
    "Revolving door and closures. Re-referral: a non-draft referral of a child to a children's social care service within REPORT_REREFERRAL_WINDOW_MONTHS (default 12) of a previous one for the same child. " +
    'Repeat MARAC: a MARAC referral marked repeat. Closed after separation: an episode closed in the period within POST_SEPARATION_CLOSURE_DAYS (default 28) after a separation or the person causing harm leaving, ' +
    'or with sub-reason PARENTS_SEPARATED / PERSON_CAUSING_HARM_LEFT. Follow-up windows that have not yet fully elapsed count what has happened so far.',
})
export class RevolvingDoorModel {
  @Field(() => LocalDate) from: string;
  @Field(() => LocalDate) to: string;
  @Field() suppressionApplied: boolean;

  @Field(() => ReportCountModel, { description: "Referrals to children's social care submitted in the period." }) cscReferrals: ReportCountModel;
  @Field(() => ReportCountModel) reReferrals: ReportCountModel;
  @Field(() => ReportRateModel) reReferralRate: ReportRateModel;
  @Field(() => ReportCountModel, { description: 'MARAC referrals submitted in the period.' }) maracReferrals: ReportCountModel;
  @Field(() => ReportCountModel) repeatMaracReferrals: ReportCountModel;
  @Field(() => ReportRateModel) repeatMaracRate: ReportRateModel;
  @Field(() => ReportCountModel, { description: 'Episodes closed in the period.' }) episodesClosed: ReportCountModel;
  @Field(() => ReportCountModel) closedAfterSeparation: ReportCountModel;
  @Field(() => AfterSeparationClosureModel) withinSixMonths: AfterSeparationClosureModel;
  @Field(() => AfterSeparationClosureModel) withinTwelveMonths: AfterSeparationClosureModel;
}
