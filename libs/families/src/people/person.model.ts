import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RestrictedField } from '@waymark/access';
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

  @Field(() => [String])
  aliases: string[];

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

  @Field(() => String, { nullable: true })
  disability: string | null;

  @Field(() => String, { nullable: true })
  immigrationStatus: string | null;

  @Field()
  noRecourseToPublicFunds: boolean;

  @RestrictedField('Person', () => String, { description: 'A refuge or new home. Never shown to anyone working with the person causing harm.' })
  confidentialAddress: string | null;

  @RestrictedField('Person', () => String, { description: 'How to contact the person safely. Restricted like confidentialAddress.' })
  safeContactDetails: string | null;
}
