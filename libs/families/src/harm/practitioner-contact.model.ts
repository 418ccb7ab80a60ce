import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '@waymark/platform';
import { PractitionerContactKind, PractitionerContactOutcome } from './practitioner-contact-kinds';

@ObjectType('PractitionerContact', { description: "A practitioner's own contact with a person causing harm in the family." })
export class PractitionerContactModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personCausingHarmId: string;

  @Field(() => PractitionerContactKind)
  kind: PractitionerContactKind;

  @Field(() => PractitionerContactOutcome)
  outcome: PractitionerContactOutcome;

  @Field(() => LocalDate)
  occurredOn: string;
}
