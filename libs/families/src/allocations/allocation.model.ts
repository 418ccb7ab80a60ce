import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '@waymark/platform';

@ObjectType('Allocation')
export class AllocationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  familyId: string;

  @Field(() => ID, { nullable: true })
  userId: string | null;

  @Field(() => ID, { nullable: true })
  teamId: string | null;

  @Field(() => LocalDate)
  startedOn: string;

  @Field(() => LocalDate, { nullable: true })
  endedOn: string | null;
}
