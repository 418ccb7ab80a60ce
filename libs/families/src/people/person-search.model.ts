import { Field, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@waymark/platform';
import { FamilyModel } from '../families/family.model';
import { PersonModel } from './person.model';

@ObjectType('PersonSearchResult', { description: 'A person you may see who matches every criterion given.' })
export class PersonSearchResultModel {
  @Field(() => PersonModel, { description: 'Restricted details read as null (see hiddenFields), as everywhere.' })
  person: PersonModel;

  @Field(() => [FamilyModel], { description: 'The families (current or past membership) you may see that this person belongs to, by name.' })
  families?: FamilyModel[];
}

@ObjectType()
export class PersonSearchResultConnection extends ConnectionType(PersonSearchResultModel) {}
