import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '@waymark/platform';
import { ReportCountModel } from '../models/report-cell.model';

@ObjectType('ActionOutcomeCounts', {
  description:
    'Actions agreed at MARACs in the period, by how they ended. On time / late: done by, or after, the date first agreed (a new date given at a review does not move it). ' +
    'Not done: closed at a review, because circumstances changed or because the agency did not act. Closed otherwise: cancelled outside a review.',
})
export class ActionOutcomeCountsModel {
  @Field(() => ID, { nullable: true, description: 'The owning agency; null for the total.' })
  agencyId: string | null;

  @Field({ description: 'The owning agency, or "All agencies".' })
  agencyName: string;

  @Field(() => ReportCountModel) agreed: ReportCountModel;
  @Field(() => ReportCountModel) completedOnTime: ReportCountModel;
  @Field(() => ReportCountModel) completedLate: ReportCountModel;
  @Field(() => ReportCountModel) notDoneCircumstancesChanged: ReportCountModel;
  @Field(() => ReportCountModel) notDoneAgencyDidNotAct: ReportCountModel;
  @Field(() => ReportCountModel) closedOtherwise: ReportCountModel;
  @Field(() => ReportCountModel) stillOpen: ReportCountModel;
}

@ObjectType('ActionReviewReport', {
  description: 'MARAC actions completed on time, late and not done, by owning agency, for actions agreed at MARACs held in the period.',
})
export class ActionReviewReportModel {
  @Field(() => LocalDate) from: string;
  @Field(() => LocalDate) to: string;
  @Field() suppressionApplied: boolean;
  @Field(() => ActionOutcomeCountsModel) total: ActionOutcomeCountsModel;
  @Field(() => [ActionOutcomeCountsModel], { description: 'One row per owning agency, by name.' }) byAgency: ActionOutcomeCountsModel[];
}
