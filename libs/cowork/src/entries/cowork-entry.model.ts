import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AgencyModel, HiddenFieldsField, RestrictedField, UserModel } from '@waymark/access';
import { PersonModel } from '@waymark/families';
import { ConnectionType, LocalDate } from '@waymark/platform';
import { CoworkKind } from '../cowork-kind';

@ObjectType('CoworkFollowUp', { description: 'Something agreed at a piece of co-work.' })
export class CoworkFollowUpModel {
  @Field(() => ID)
  id: string;

  @HiddenFieldsField('CoworkFollowUp')
  hiddenFields?: string[];

  @RestrictedField('CoworkFollowUp', () => String, { description: 'What is to be done. For those working for the victim only.' })
  description: string | null;

  @Field(() => LocalDate, { nullable: true })
  dueOn: string | null;

  @Field(() => LocalDate, { nullable: true })
  doneOn: string | null;

  @Field(() => ID, { nullable: true, description: 'Who recorded it as done.' })
  doneByUserId: string | null;
}

@ObjectType('CoworkEntry', { description: "A DVA specialist's joint work with a family and the practitioners around it." })
export class CoworkEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  familyId: string;

  @Field(() => ID)
  arrangementId: string;

  @Field(() => ID)
  specialistUserId: string;

  @Field(() => UserModel, { description: 'The DVA specialist who logged it.' })
  specialist?: UserModel;

  @Field(() => LocalDate)
  occurredOn: string;

  @Field(() => CoworkKind)
  kind: CoworkKind;

  @Field(() => Int)
  durationMinutes: number;

  @HiddenFieldsField('CoworkEntry')
  hiddenFields?: string[];

  @RestrictedField('CoworkEntry', () => String, { description: 'Victim-side detail: for those working for the victim only.' })
  note: string | null;

  @Field(() => [UserModel], { description: 'Practitioners with accounts who took part.' })
  practitioners?: UserModel[];

  @Field(() => [AgencyModel], { description: 'Agencies involved.' })
  agencies?: AgencyModel[];

  @Field(() => [PersonModel], { nullable: 'items', description: 'Family members seen; null for anyone you may not see. Reading them is audited.' })
  peopleSeen?: Array<PersonModel | null>;

  @Field(() => [CoworkFollowUpModel], { description: 'In the order given.' })
  followUps?: CoworkFollowUpModel[];

  @Field()
  createdAt: Date;
}

@ObjectType()
export class CoworkEntryConnection extends ConnectionType(CoworkEntryModel) {}
