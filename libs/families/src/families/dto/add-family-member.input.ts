import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { IsLocalDate, LocalDate } from '@waymark/platform';
import { MemberKind } from '../family-membership.entity';

@InputType()
export class AddFamilyMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a family id' })
  familyId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a person id' })
  personId: string;

  @Field(() => MemberKind)
  @IsEnum(MemberKind)
  kind: MemberKind;

  @Field(() => LocalDate)
  @IsLocalDate()
  joinedOn: string;
}

@InputType()
export class RecordMemberLeftInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a membership id' })
  membershipId: string;

  @Field(() => LocalDate)
  @IsLocalDate()
  leftOn: string;
}
