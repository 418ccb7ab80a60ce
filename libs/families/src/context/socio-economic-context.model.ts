import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '@waymark/platform';
import { EmploymentSituation, HousingSituation } from './socio-economic-kinds';

@ObjectType('SocioEconomicContext', { description: "The family's circumstances as known on a date." })
export class SocioEconomicContextModel {
  @Field(() => ID)
  id: string;

  @Field(() => LocalDate)
  recordedOn: string;

  @Field(() => HousingSituation)
  housing: HousingSituation;

  @Field(() => Boolean, { nullable: true, description: 'Null when not known.' })
  incomeHardship: boolean | null;

  @Field(() => EmploymentSituation)
  employment: EmploymentSituation;

  @Field(() => Int, { nullable: true, description: 'IMD or SIMD decile of the postcode area, 1 (most deprived) to 10.' })
  deprivationDecile: number | null;
}
