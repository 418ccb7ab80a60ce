import { Field, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '@waymark/platform';
import { ReportCountModel, ReportRateModel } from '../models/report-cell.model';

@ObjectType('RevolvingDoorMonth', { description: 'The revolving-door figures of one calendar month (only its days inside the period are counted).' })
export class RevolvingDoorMonthModel {
  @Field(() => LocalDate, { description: 'The first day of the month.' }) month: string;
  @Field(() => ReportCountModel, { description: "Referrals to children's social care submitted in the month." }) cscReferrals: ReportCountModel;
  @Field(() => ReportCountModel) reReferrals: ReportCountModel;
  @Field(() => ReportRateModel) reReferralRate: ReportRateModel;
  @Field(() => ReportCountModel, { description: 'MARAC referrals submitted in the month.' }) maracReferrals: ReportCountModel;
  @Field(() => ReportCountModel) repeatMaracReferrals: ReportCountModel;
  @Field(() => ReportRateModel) repeatMaracRate: ReportRateModel;
  @Field(() => ReportCountModel, { description: 'Episodes closed in the month.' }) episodesClosed: ReportCountModel;
  @Field(() => ReportCountModel) closedAfterSeparation: ReportCountModel;
}

@ObjectType('RevolvingDoorTrend', {
  description:
    'The revolving-door figures month by month: the same definitions as revolvingDoor (a month of this trend and revolvingDoor for that month agree), one row per calendar month the period touches, empty months included.',
})
export class RevolvingDoorTrendModel {
  @Field(() => LocalDate) from: string;
  @Field(() => LocalDate) to: string;
  @Field() suppressionApplied: boolean;
  @Field(() => [RevolvingDoorMonthModel]) months: RevolvingDoorMonthModel[];
}

@ObjectType('OpenSignalsMonth', { description: 'Risk signals on the families in scope in one calendar month.' })
export class OpenSignalsMonthModel {
  @Field(() => LocalDate, { description: 'The first day of the month.' }) month: string;
  @Field(() => LocalDate, { description: 'The day the open count is taken at the end of: the month end, the period end or today, whichever comes first.' })
  asOf: string;
  @Field(() => ReportCountModel, { description: 'Signals open (OPEN or ACKNOWLEDGED) at the end of asOf, by their recorded history.' })
  open: ReportCountModel;
  @Field(() => ReportCountModel, { description: 'Signals first raised in the month (inside the period).' }) raised: ReportCountModel;
}

@ObjectType('OpenSignalsTrend', {
  description: "Open risk signals month by month, from each signal's history (raised, re-opened, resolved): whether the door is turning faster.",
})
export class OpenSignalsTrendModel {
  @Field(() => LocalDate) from: string;
  @Field(() => LocalDate) to: string;
  @Field() suppressionApplied: boolean;
  @Field(() => [OpenSignalsMonthModel]) months: OpenSignalsMonthModel[];
}
