import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Team')
export class TeamModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  agencyId: string;

  @Field()
  name: string;
}
