import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '@waymark/platform';
import { ServiceType } from '../../services/service-type';
import { ReferralDirection, ReferralStatus } from '../referral-kinds';

@ArgsType()
export class ReferralsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a family id' })
  familyId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a person id' })
  subjectPersonId?: string;

  @Field(() => ServiceType, { nullable: true })
  @IsOptional()
  @IsEnum(ServiceType)
  serviceType?: ServiceType;

  @Field(() => ReferralStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ReferralStatus)
  status?: ReferralStatus;

  @Field(() => ReferralDirection, { nullable: true, description: "INCOMING: to your agency's services; OUTGOING: made from your agency." })
  @IsOptional()
  @IsEnum(ReferralDirection)
  direction?: ReferralDirection;
}
