import { Field, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '@waymark/platform';
import { ReportCountModel, ReportRateModel } from '../models/report-cell.model';

@ObjectType('MaracReferralSource')
export class MaracReferralSourceModel {
  @Field({ description: 'The kind of agency that made the MARAC referral (POLICE, IDVA_SERVICE, …), or NOT_RECORDED when the case was listed without one.' })
  agencyKind: string;

  @Field(() => ReportCountModel)
  cases: ReportCountModel;
}

@ObjectType('MaracDataset', {
  description:
    'The MARAC dataset for a period: cases (agenda items) discussed at MARACs held (not cancelled) in the period. ' +
    'Repeat = the listing MARAC referral was a repeat (within the configured months of the previous one). ' +
    'Children in the household = a child member of the family on the day of the MARAC. Victims = people in scope as ADULT_VICTIM. ' +
    'Minoritised = ethnicity group MIXED, ASIAN, BLACK or OTHER (NOT_STATED counts in neither). Disabled = a disability recorded. Male = gender MALE.',
})
export class MaracDatasetModel {
  @Field(() => LocalDate) from: string;
  @Field(() => LocalDate) to: string;
  @Field() suppressionApplied: boolean;

  @Field(() => ReportCountModel) casesDiscussed: ReportCountModel;
  @Field(() => ReportCountModel) repeatCases: ReportCountModel;
  @Field(() => ReportRateModel, { description: 'repeatCases / casesDiscussed (SafeLives expects roughly 0.28-0.40 in a mature MARAC).' })
  repeatRate: ReportRateModel;
  @Field(() => ReportCountModel) casesWithChildren: ReportCountModel;
  @Field(() => [MaracReferralSourceModel], { description: 'Cases by the kind of agency that referred them; adds up to casesDiscussed.' })
  referralsBySource: MaracReferralSourceModel[];

  @Field(() => ReportCountModel) victims: ReportCountModel;
  @Field(() => ReportCountModel) victimsFromMinoritisedGroups: ReportCountModel;
  @Field(() => ReportRateModel) shareMinoritised: ReportRateModel;
  @Field(() => ReportCountModel) victimsDisabled: ReportCountModel;
  @Field(() => ReportRateModel) shareDisabled: ReportRateModel;
  @Field(() => ReportCountModel) victimsMale: ReportCountModel;
  @Field(() => ReportRateModel) shareMale: ReportRateModel;

  @Field(() => [String], {
    description:
      "Measures of the MARAC dataset Waymark cannot give because it does not record them: VICTIMS_LGBT_PLUS (a person's sexual orientation and gender identity are not held).",
  })
  measuresNotRecorded: string[];
}
