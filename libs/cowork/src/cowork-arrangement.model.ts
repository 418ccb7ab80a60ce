import { Field, ID, ObjectType } from '@nestjs/graphql';
import { HiddenFieldsField, RestrictedField, UserModel } from '@waymark/access';
import { LocalDate } from '@waymark/platform';

@ObjectType('CoworkArrangement', { description: 'A DVA specialist co-working a family: while active, the family is open to them.' })
export class CoworkArrangementModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  familyId: string;

  @Field(() => ID)
  specialistUserId: string;

  @Field(() => UserModel, { description: 'The DVA specialist.' })
  specialist?: UserModel;

  @Field(() => LocalDate)
  startedOn: string;

  @Field(() => ID, { description: 'The case holder or manager who started it.' })
  startedByUserId: string;

  @Field(() => UserModel)
  startedBy?: UserModel;

  @HiddenFieldsField('CoworkArrangement')
  hiddenFields?: string[];

  @RestrictedField('CoworkArrangement', () => String, { description: 'Why the specialist was brought in. For those working for the victim only.' })
  reason: string | null;

  @Field(() => LocalDate, { nullable: true })
  endedOn: string | null;

  @Field(() => ID, { nullable: true })
  endedByUserId: string | null;

  @Field({ description: 'Not yet ended.' })
  active: boolean;

  @Field()
  createdAt: Date;
}
