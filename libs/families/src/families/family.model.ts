import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, LocalDate } from '@waymark/platform';
import { AllocationModel } from '../allocations/allocation.model';
import { PersonModel } from '../people/person.model';
import { MemberKind } from './family-membership.entity';

registerEnumType(MemberKind, { name: 'MemberKind' });

@ObjectType('FamilyMember')
export class FamilyMemberModel {
  @Field(() => ID, { description: 'The membership id.' })
  id: string;

  @Field(() => MemberKind)
  kind: MemberKind;

  @Field(() => LocalDate)
  joinedOn: string;

  @Field(() => LocalDate, { nullable: true })
  leftOn: string | null;

  @Field(() => PersonModel, { nullable: true })
  person?: PersonModel | null;
}

@ObjectType('Family')
export class FamilyModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ID, { description: 'The lead agency.' })
  agencyId: string;

  @Field()
  createdAt: Date;

  @Field(() => [FamilyMemberModel], { description: 'Everyone who has been a member, current and past, oldest first.' })
  members?: FamilyMemberModel[];

  @Field(() => [AllocationModel])
  allocations?: AllocationModel[];
}

@ObjectType()
export class FamilyConnection extends ConnectionType(FamilyModel) {}
