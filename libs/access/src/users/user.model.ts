import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@waymark/platform';
import { HiddenFieldsField, RestrictedField } from '../ability/restricted-field';
import { AgencyModel } from '../agencies/agency.model';
import { Role } from '../roles';

@ObjectType('User', { description: 'A person who signs in to Waymark, working for one agency.' })
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @HiddenFieldsField('User')
  hiddenFields?: string[];

  @RestrictedField('User', () => String, { description: 'Visible to the user, administrators and managers of their agency.' })
  email: string | null;

  @Field(() => ID)
  agencyId: string;

  @Field(() => AgencyModel)
  agency?: AgencyModel;

  @Field(() => ID, { nullable: true })
  teamId: string | null;

  @Field(() => [Role])
  roles: Role[];

  @Field()
  active: boolean;

  @RestrictedField('User', () => Date, { description: 'Visible to the user and administrators.' })
  lastSignInAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class UserConnection extends ConnectionType(UserModel) {}
