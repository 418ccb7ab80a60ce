import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export const MERGE_MIN_REASON = 10;

@InputType()
export class MergePeopleInput {
  @Field(() => ID, { description: 'The record that stays.' })
  @IsUUID('all', { message: 'must be a person id' })
  keepPersonId: string;

  @Field(() => ID, { description: 'The duplicate: its history moves to the kept record, and it is then hidden.' })
  @IsUUID('all', { message: 'must be a person id' })
  mergePersonId: string;

  @Field({ description: `Why these are the same person; at least ${MERGE_MIN_REASON} characters. Kept in the audit trail.` })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(MERGE_MIN_REASON, { message: `must say why these are the same person, in at least ${MERGE_MIN_REASON} characters` })
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  reason: string;
}
