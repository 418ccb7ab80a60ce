import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '@waymark/platform';
import { ContactArrangement } from './child-arrangement-kinds';

@ObjectType('ChildContact', { description: 'A contact arrangement between a child and a person causing harm in the family.' })
export class ChildContactModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  childId: string;

  @Field(() => ID)
  personCausingHarmId: string;

  @Field(() => ContactArrangement)
  arrangement: ContactArrangement;

  @Field(() => LocalDate)
  startedOn: string;

  @Field(() => LocalDate, { nullable: true, description: 'Null while the arrangement continues.' })
  endedOn: string | null;
}
