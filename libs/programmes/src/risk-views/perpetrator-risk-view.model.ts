import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserModel } from '@waymark/access';
import { LocalDate } from '@waymark/platform';
import { RiskToFamilyLevel } from '../programme-kinds';

@ObjectType('PerpetratorRiskView', {
  description: "The perpetrator worker's view of the risk the person causing harm poses to the family, shared with the family's case holder.",
})
export class PerpetratorRiskViewModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  referralId: string;

  @Field(() => ID)
  familyId: string;

  @Field(() => ID)
  personId: string;

  @Field(() => LocalDate)
  recordedOn: string;

  @Field(() => RiskToFamilyLevel)
  level: RiskToFamilyLevel;

  @Field({ description: 'What he sees of the risk to the family: patterns, attitudes, changes.' })
  view: string;

  @Field(() => UserModel)
  recordedBy?: UserModel;

  @Field()
  recordedAt: Date;
}
