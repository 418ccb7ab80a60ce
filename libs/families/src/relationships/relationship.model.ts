import { HiddenFieldsField, RestrictedField } from '@waymark/access';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '@waymark/platform';
import { CoupleStatus, RelationshipType } from './relationship-kinds';

@ObjectType('CoupleStatusEvent')
export class CoupleStatusEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => CoupleStatus)
  status: CoupleStatus;

  @Field(() => LocalDate)
  occurredOn: string;

  @Field(() => ID, { nullable: true, description: 'For a separation: who left the household.' })
  leftHouseholdPersonId: string | null;

  @HiddenFieldsField('CoupleStatusEvent')
  hiddenFields?: string[];

  @RestrictedField('CoupleStatusEvent', () => String, { description: 'For those working for the victim only.' })
  note: string | null;
}

@ObjectType('PersonRelationship')
export class PersonRelationshipModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personId: string;

  @Field(() => ID)
  relatedPersonId: string;

  @Field(() => RelationshipType, { description: 'How the person stands to the related person.' })
  type: RelationshipType;

  @Field(() => CoupleStatus, { nullable: true, description: 'For a couple: the latest status. Null for other relationships.' })
  currentStatus?: CoupleStatus | null;

  @Field(() => [CoupleStatusEventModel], { description: 'For a couple: every status change, oldest first.' })
  statusHistory?: CoupleStatusEventModel[];
}
