import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { BreakGlassSubjectType } from '../break-glass-subjects';

export const BREAK_GLASS_MIN_REASON = 20;

@InputType()
export class RequestBreakGlassAccessInput {
  @Field(() => BreakGlassSubjectType)
  @IsEnum(BreakGlassSubjectType)
  subjectType: BreakGlassSubjectType;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a record id' })
  subjectId: string;

  @Field({ description: `Why you need this record now; at least ${BREAK_GLASS_MIN_REASON} characters. Managers see it.` })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(BREAK_GLASS_MIN_REASON, { message: `must explain why you need access, in at least ${BREAK_GLASS_MIN_REASON} characters` })
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  reason: string;
}
