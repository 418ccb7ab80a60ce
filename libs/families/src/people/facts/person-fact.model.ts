import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { IsLocalDate, LocalDate } from '@waymark/platform';
import { PersonFactKind } from './person-fact-kind';

@ObjectType('PersonFact', { description: 'One dated value of a fact about a person that signals and reports read on the day.' })
export class PersonFactModel {
  @Field(() => ID)
  id: string;

  @Field(() => PersonFactKind)
  fact: PersonFactKind;

  @Field(() => Boolean, { nullable: true, description: 'For INTERPRETER_NEEDED.' })
  interpreterNeeded?: boolean | null;

  @Field(() => LocalDate, { nullable: true, description: 'For DATE_OF_BIRTH (null: not known).' })
  dateOfBirth?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The day it holds from; null: from the start of the record.' })
  validFrom: string | null;

  @Field()
  recordedAt: Date;
}

@InputType()
export class RecordPersonFactInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a person id' })
  personId: string;

  @Field(() => PersonFactKind)
  @IsEnum(PersonFactKind)
  fact: PersonFactKind;

  @Field(() => Boolean, { nullable: true, description: 'For INTERPRETER_NEEDED: required.' })
  @IsOptional()
  @IsBoolean()
  interpreterNeeded?: boolean;

  @Field(() => LocalDate, { nullable: true, description: 'For DATE_OF_BIRTH: required; not in the future.' })
  @IsOptional()
  @IsLocalDate()
  dateOfBirth?: string;

  @Field(() => LocalDate, { description: 'The day the value holds from; not in the future.' })
  @IsLocalDate()
  validFrom: string;
}
