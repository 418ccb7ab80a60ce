import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AgencyKind } from './agency-kind';

@ObjectType('Agency', { description: 'An organisation in the partnership: police, CSC, a health trust, a DVA service, …' })
export class AgencyModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => AgencyKind)
  kind: AgencyKind;

  @Field()
  createdAt: Date;
}
