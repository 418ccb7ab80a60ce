import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { IsLocalDate, LocalDate } from '@waymark/platform';
import { ContactArrangement } from '../child-arrangement-kinds';

@InputType()
export class RecordChildContactInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a family id' })
  familyId: string;

  @Field(() => ID, { description: 'A child of the family.' })
  @IsUUID('all', { message: 'must be a person id' })
  childId: string;

  @Field(() => ID, { description: 'Someone recorded as causing harm in this family.' })
  @IsUUID('all', { message: 'must be a person id' })
  personCausingHarmId: string;

  @Field(() => ContactArrangement)
  @IsEnum(ContactArrangement)
  arrangement: ContactArrangement;

  @Field(() => LocalDate, { description: "When contact started; not in the future, not before the child's birth." })
  @IsLocalDate()
  startedOn: string;

  @Field(() => LocalDate, { nullable: true, description: 'When it ended, if it already has.' })
  @IsOptional()
  @IsLocalDate()
  endedOn?: string;
}

@InputType()
export class EndChildContactInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a child contact id' })
  contactId: string;

  @Field(() => LocalDate, { description: 'Not in the future, not before it started.' })
  @IsLocalDate()
  endedOn: string;
}
