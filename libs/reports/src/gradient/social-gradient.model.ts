import { Field, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '@waymark/platform';
import { ReportCountModel, ReportRateModel } from '../models/report-cell.model';

@ObjectType('SocialGradientRow', { description: 'Children of one group, and the shares assessed, on a CIN plan and on a CP plan.' })
export class SocialGradientRowModel {
  @Field({ description: "The group: a deprivation decile '1' (most deprived) to '10', an ethnicity group, or NOT_RECORDED." })
  group: string;

  @Field(() => ReportCountModel) children: ReportCountModel;
  @Field(() => ReportCountModel) assessed: ReportCountModel;
  @Field(() => ReportRateModel) assessedRate: ReportRateModel;
  @Field(() => ReportCountModel) childInNeed: ReportCountModel;
  @Field(() => ReportRateModel) childInNeedRate: ReportRateModel;
  @Field(() => ReportCountModel) childProtection: ReportCountModel;
  @Field(() => ReportRateModel) childProtectionRate: ReportRateModel;
}

@ObjectType('SocialGradient', {
  description:
    "Social gradient: children who were members of families of the agency in scope during the period, by the family's deprivation decile (latest socio-economic record on or before the period end) " +
    "and by the child's ethnicity group. Assessed: an assessment dated in the period. CIN / CP: an episode open during the period that had reached CIN / CP_PLAN by the period end. " +
    'Rates are shares of the children in the group (no population denominators are held).',
})
export class SocialGradientModel {
  @Field(() => LocalDate) from: string;
  @Field(() => LocalDate) to: string;
  @Field() suppressionApplied: boolean;
  @Field(() => SocialGradientRowModel, { description: 'All children in scope.' }) total: SocialGradientRowModel;
  @Field(() => [SocialGradientRowModel]) byDeprivationDecile: SocialGradientRowModel[];
  @Field(() => [SocialGradientRowModel]) byEthnicity: SocialGradientRowModel[];
}
