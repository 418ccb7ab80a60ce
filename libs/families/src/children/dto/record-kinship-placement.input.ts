import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { IsLocalDate, LocalDate } from '@waymark/platform';
import { KinshipCarerRelationship } from '../child-arrangement-kinds';

@InputType()
export class RecordKinshipPlacementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a family id' })
  familyId: string;

  @Field(() => ID, { description: 'A child of the family.' })
  @IsUUID('all', { message: 'must be a person id' })
  childId: string;

  @Field(() => ID, { description: 'The carer: add them to the family first, so their relationships can be recorded.' })
  @IsUUID('all', { message: 'must be a person id' })
  carerId: string;

  @Field(() => KinshipCarerRelationship)
  @IsEnum(KinshipCarerRelationship)
  carerRelationship: KinshipCarerRelationship;

  @Field(() => LocalDate, { description: "When the child moved in; not in the future, not before the child's birth." })
  @IsLocalDate()
  placedOn: string;

  @Field(() => LocalDate, { nullable: true, description: 'When the placement ended, if it already has.' })
  @IsOptional()
  @IsLocalDate()
  endedOn?: string;
}

@InputType()
export class EndKinshipPlacementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a kinship placement id' })
  placementId: string;

  @Field(() => LocalDate, { description: 'Not in the future, not before the placement started.' })
  @IsLocalDate()
  endedOn: string;
}
