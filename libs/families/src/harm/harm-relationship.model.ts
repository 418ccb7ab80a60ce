import { HiddenFieldsField, RestrictedField } from '@waymark/access';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '@waymark/platform';
import { AbuseForm, HarmDisclosure, HarmTypology } from './harm-kinds';

@ObjectType('HarmRelationship', { description: 'Who causes harm to whom in the family, in which forms, and how it is known.' })
export class HarmRelationshipModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personCausingHarmId: string;

  @Field(() => ID)
  personHarmedId: string;

  @Field(() => [AbuseForm])
  forms: AbuseForm[];

  @Field(() => HarmDisclosure)
  disclosure: HarmDisclosure;

  @Field(() => HarmTypology, { nullable: true })
  typology: HarmTypology | null;

  @Field(() => LocalDate)
  recordedOn: string;

  @HiddenFieldsField('HarmRelationship')
  hiddenFields?: string[];

  @RestrictedField('HarmRelationship', () => String, { description: 'For those working for the victim only.' })
  note: string | null;
}
