import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '@waymark/platform';
import { KinshipCarerRelationship } from './child-arrangement-kinds';

@ObjectType('KinshipPlacement', { description: 'A child living with a relative or family friend.' })
export class KinshipPlacementModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  childId: string;

  @Field(() => ID, { description: 'The carer, a member (current or past) of the family.' })
  carerId: string;

  @Field(() => KinshipCarerRelationship)
  carerRelationship: KinshipCarerRelationship;

  @Field(() => LocalDate)
  placedOn: string;

  @Field(() => LocalDate, { nullable: true, description: 'Null while the child still lives there.' })
  endedOn: string | null;
}
