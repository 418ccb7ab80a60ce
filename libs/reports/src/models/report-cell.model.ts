import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SuppressionReasonEnum {
  SMALL_NUMBER = 'SMALL_NUMBER',
  PROTECTS_SMALL_NUMBER = 'PROTECTS_SMALL_NUMBER',
}
registerEnumType(SuppressionReasonEnum, {
  name: 'SuppressionReason',
  description:
    'Why a figure is hidden. SMALL_NUMBER: a count from 1 to 4 (shown as "fewer than 5"), or a rate or median drawn from one. PROTECTS_SMALL_NUMBER: a figure of any size hidden so that a small one cannot be worked out from it by subtraction: it is not itself fewer than 5.',
});

const SUPPRESSION = { nullable: true, description: 'Why the figure is hidden; null when it is shown.' };

@ObjectType('ReportCount', {
  description:
    'A count in a report. When suppressed (a small number shown to an analyst or in an export, or a cell hidden so it cannot be worked out from a total), value is null and suppressed is true: never read null as 0.',
})
export class ReportCountModel {
  @Field(() => Int, { nullable: true })
  value: number | null;

  @Field()
  suppressed: boolean;

  @Field(() => SuppressionReasonEnum, SUPPRESSION)
  suppression?: SuppressionReasonEnum | `${SuppressionReasonEnum}` | null;
}

@ObjectType('ReportRate', {
  description:
    'A share from 0 to 1 (3 decimal places). Suppressed when its numerator or denominator is; null (not suppressed) when there is nothing to divide by.',
})
export class ReportRateModel {
  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field()
  suppressed: boolean;

  @Field(() => SuppressionReasonEnum, SUPPRESSION)
  suppression?: SuppressionReasonEnum | `${SuppressionReasonEnum}` | null;
}

@ObjectType('ReportDays', {
  description: 'A number of days (median or percentile). Suppressed when fewer than 5 cases lie behind it and suppression applies; null when there are none.',
})
export class ReportDaysModel {
  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field()
  suppressed: boolean;

  @Field(() => SuppressionReasonEnum, SUPPRESSION)
  suppression?: SuppressionReasonEnum | `${SuppressionReasonEnum}` | null;
}
