import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '@waymark/platform';

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field({ nullable: true, description: 'e.g. User, Agency, Person.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  subjectType?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  subjectId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  actorUserId?: string;

  @Field({ nullable: true, description: 'Exact action, e.g. break_glass.grant.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;
}
