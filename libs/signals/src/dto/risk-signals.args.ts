import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayUnique, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { PageArgs } from '@waymark/platform';
import { SignalAge, SignalKind, SignalSeverity, SignalState } from '../signal-kinds';

@InputType()
export class RiskSignalFilter {
  @Field(() => [SignalKind], { nullable: true, description: 'Only these kinds.' })
  @IsOptional()
  @ArrayUnique()
  @IsEnum(SignalKind, { each: true })
  kinds?: SignalKind[];

  @Field(() => [SignalState], { nullable: true, description: 'Only these states; by default OPEN and ACKNOWLEDGED (the worklist).' })
  @IsOptional()
  @ArrayUnique()
  @IsEnum(SignalState, { each: true })
  states?: SignalState[];

  @Field(() => ID, { nullable: true, description: "Only this family's signals." })
  @IsOptional()
  @IsUUID('all', { message: 'must be a family id' })
  familyId?: string;

  @Field(() => SignalSeverity, { nullable: true, description: 'Only signals at least this severe.' })
  @IsOptional()
  @IsEnum(SignalSeverity)
  severityAtLeast?: SignalSeverity;

  @Field(() => SignalAge, { nullable: true, description: 'Only signals first raised this long ago (the bands of signalsOverview).' })
  @IsOptional()
  @IsEnum(SignalAge)
  firstRaised?: SignalAge;
}

@ArgsType()
export class RiskSignalsArgs extends PageArgs {
  @Field(() => RiskSignalFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RiskSignalFilter)
  filter?: RiskSignalFilter;
}
