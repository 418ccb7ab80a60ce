import { Field, ObjectType } from '@nestjs/graphql';
import { ReportCountModel } from '../models/report-cell.model';

@ObjectType('SignalKindOverview', { description: 'Open signals of one kind, by how long ago they were first raised.' })
export class SignalKindOverviewModel {
  @Field({ description: 'The signal kind (REVOLVING_DOOR, POST_SEPARATION_CLOSURE, …).' })
  kind: string;

  @Field(() => ReportCountModel)
  open: ReportCountModel;

  @Field(() => ReportCountModel, { description: 'First raised less than 7 days ago.' })
  underOneWeek: ReportCountModel;

  @Field(() => ReportCountModel, { description: 'First raised 7 to 27 days ago.' })
  oneToFourWeeks: ReportCountModel;

  @Field(() => ReportCountModel, { description: 'First raised 28 to 89 days ago.' })
  fourWeeksToThreeMonths: ReportCountModel;

  @Field(() => ReportCountModel, { description: 'First raised 90 days ago or more.' })
  overThreeMonths: ReportCountModel;
}

@ObjectType('SignalsOverview', { description: 'Risk signals still open (OPEN or ACKNOWLEDGED, not RESOLVED) on families of the agency in scope, today.' })
export class SignalsOverviewModel {
  @Field()
  suppressionApplied: boolean;

  @Field(() => ReportCountModel)
  open: ReportCountModel;

  @Field(() => [SignalKindOverviewModel], { description: 'Kinds with at least one open signal.' })
  byKind: SignalKindOverviewModel[];
}
