import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReportCount', {
  description:
    'A count in a report. When suppressed (a small number shown to an analyst or in an export, or a cell hidden so it cannot be worked out from a total), value is null and suppressed is true: never read null as 0.',
})
export class ReportCountModel {
  @Field(() => Int, { nullable: true })
  value: number | null;

  @Field()
  suppressed: boolean;
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
}

@ObjectType('ReportDays', {
  description: 'A number of days (median or percentile). Suppressed when fewer than 5 cases lie behind it and suppression applies; null when there are none.',
})
export class ReportDaysModel {
  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field()
  suppressed: boolean;
}
