import { ArgsType, Field } from '@nestjs/graphql';
import { ArrayUnique, IsEnum, IsOptional } from 'class-validator';
import { IsLocalDate, LocalDate, PageArgs } from '@waymark/platform';
import { TimelineKind } from '../timeline-kind';

@ArgsType()
export class TimelineArgs extends PageArgs {
  @Field(() => LocalDate, { nullable: true, description: 'Only entries on or after this date.' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Only entries on or before this date.' })
  @IsOptional()
  @IsLocalDate()
  to?: string;

  @Field(() => [TimelineKind], { nullable: true, description: 'Only these kinds.' })
  @IsOptional()
  @ArrayUnique()
  @IsEnum(TimelineKind, { each: true })
  kinds?: TimelineKind[];
}
