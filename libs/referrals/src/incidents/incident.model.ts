import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PersonModel } from '@waymark/families';
import { LocalDate } from '@waymark/platform';
import { IncidentKind, IncidentRole } from './incident-kinds';

@ObjectType('IncidentPerson', { description: 'A person involved in an incident, and how.' })
export class IncidentPersonModel {
  @Field(() => ID)
  personId: string;

  @Field(() => IncidentRole)
  role: IncidentRole;

  @Field(() => PersonModel, { nullable: true, description: 'Null if you may not see the person.' })
  person?: PersonModel | null;
}

@ObjectType('Incident', { description: 'A police domestic abuse notification or other reported incident.' })
export class IncidentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  familyId: string;

  @Field(() => LocalDate)
  occurredOn: string;

  @Field(() => ID)
  reportingAgencyId: string;

  @Field(() => IncidentKind)
  kind: IncidentKind;

  @Field()
  description: string;

  @Field(() => ID)
  recordedByUserId: string;

  @Field(() => [IncidentPersonModel])
  people?: IncidentPersonModel[];
}
