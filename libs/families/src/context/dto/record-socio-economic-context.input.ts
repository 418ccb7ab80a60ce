import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsLocalDate, LocalDate } from '@waymark/platform';
import { EmploymentSituation, HousingSituation } from '../socio-economic-kinds';

@InputType()
export class RecordSocioEconomicContextInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a family id' })
  familyId: string;

  @Field(() => LocalDate, { description: 'When the circumstances were known to be so; not in the future.' })
  @IsLocalDate()
  recordedOn: string;

  @Field(() => HousingSituation)
  @IsEnum(HousingSituation)
  housing: HousingSituation;

  @Field(() => Boolean, { nullable: true, description: 'Leave out when not known.' })
  @IsOptional()
  @IsBoolean()
  incomeHardship?: boolean;

  @Field(() => EmploymentSituation)
  @IsEnum(EmploymentSituation)
  employment: EmploymentSituation;

  @Field(() => Int, { nullable: true, description: 'IMD or SIMD decile of the postcode area, 1 (most deprived) to 10.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be a decile from 1 (most deprived) to 10' })
  @Max(10, { message: 'must be a decile from 1 (most deprived) to 10' })
  deprivationDecile?: number;
}
