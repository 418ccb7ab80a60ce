import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { HiddenFieldsField, RestrictedField } from '@waymark/access';
import { LocalDate } from '@waymark/platform';
import { EthnicityGroup, Gender } from './person-kinds';

@ObjectType('Person')
export class PersonModel {
  @Field(() => ID)
  id: string;

  @Field()
  givenName: string;

  @Field()
  familyName: string;

  @HiddenFieldsField('Person')
  hiddenFields?: string[];

  @RestrictedField('Person', () => [String], {
    description:
      'Other names. Hidden from anyone working with people causing harm (a new name can find someone), except on the person their service works with.',
  })
  aliases: string[] | null;

  @Field(() => LocalDate, { nullable: true })
  dateOfBirth: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'For an unborn child.' })
  expectedDateOfBirth: string | null;

  @Field(() => Gender)
  gender: Gender;

  @Field(() => EthnicityGroup)
  ethnicityGroup: EthnicityGroup;

  @Field(() => String, { nullable: true })
  ethnicityDetail: string | null;

  @Field(() => String, { nullable: true })
  firstLanguage: string | null;

  @Field()
  interpreterNeeded: boolean;

  @RestrictedField('Person', () => String, { description: 'Hidden like aliases.' })
  disability: string | null;

  @RestrictedField('Person', () => String, { description: 'Hidden like aliases: immigration status can be used to control someone.' })
  immigrationStatus: string | null;

  @RestrictedField('Person', () => Boolean, { description: 'Hidden like immigrationStatus.' })
  noRecourseToPublicFunds: boolean | null;

  @RestrictedField('Person', () => String, { description: 'Outward part of the postcode, e.g. "M14". Restricted: it can point to a refuge.' })
  postcodeArea: string | null;

  @RestrictedField('Person', () => String, { description: 'A refuge or new home. Never shown to anyone working with the person causing harm.' })
  confidentialAddress: string | null;

  @RestrictedField('Person', () => String, { description: 'How to contact the person safely. Restricted like confidentialAddress.' })
  safeContactDetails: string | null;
}

/** Why an existing record looks like the person being recorded. */
export enum DuplicateReason {
  NAME = 'NAME',
  ALIAS = 'ALIAS',
  DATE_OF_BIRTH = 'DATE_OF_BIRTH',
  POSTCODE_AREA = 'POSTCODE_AREA',
}
registerEnumType(DuplicateReason, {
  name: 'DuplicateReason',
  description:
    'NAME: same given and family name once accents, case, spaces and punctuation are ignored. ALIAS: a name matches an alias. ' +
    'DATE_OF_BIRTH: within the tolerance (default 30 days). POSTCODE_AREA: same outward postcode.',
});

@ObjectType('PossibleDuplicate', {
  description: 'An existing record that may be the same person. One you cannot see shows only its id, so you can ask for break-glass access.',
})
export class PossibleDuplicateModel {
  @Field(() => ID)
  personId: string;

  @Field({ description: 'False when the record is outside your involvement: then nothing but its id is shown.' })
  visible: boolean;

  @Field(() => PersonModel, { nullable: true, description: 'Null unless visible.' })
  person: PersonModel | null;

  @Field(() => Int, { nullable: true, description: 'How alike, 0-100. Null unless visible.' })
  score: number | null;

  @Field(() => [DuplicateReason], { nullable: true, description: 'Null unless visible.' })
  reasons: DuplicateReason[] | null;
}

@ObjectType('PersonCreation')
export class PersonCreationModel {
  @Field(() => PersonModel, { nullable: true, description: 'The new record; null when possible duplicates were found and creation was not confirmed.' })
  person: PersonModel | null;

  @Field(() => [PossibleDuplicateModel], { description: 'Existing records that may be the same person, most alike first.' })
  possibleDuplicates: PossibleDuplicateModel[];
}
