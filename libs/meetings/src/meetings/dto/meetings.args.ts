import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { IsLocalDate, LocalDate, PageArgs } from '@waymark/platform';
import { MeetingStatus, MeetingType } from '../../meeting-kinds';

@ArgsType()
export class MeetingsArgs extends PageArgs {
  @Field(() => MeetingType, { nullable: true })
  @IsOptional()
  @IsEnum(MeetingType)
  type?: MeetingType;

  @Field(() => MeetingStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MeetingStatus)
  status?: MeetingStatus;

  @Field(() => LocalDate, { nullable: true, description: 'Only meetings on or after this date.' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Only meetings on or before this date.' })
  @IsOptional()
  @IsLocalDate()
  to?: string;
}
