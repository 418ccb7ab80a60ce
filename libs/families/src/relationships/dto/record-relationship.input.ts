import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsLocalDate, LocalDate } from '@waymark/platform';
import { RelationshipType } from '../relationship-kinds';

@InputType()
export class RecordRelationshipInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a family id' })
  familyId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a person id' })
  personId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a person id' })
  relatedPersonId: string;

  @Field(() => RelationshipType)
  @IsEnum(RelationshipType)
  type: RelationshipType;

  @Field(() => LocalDate, { nullable: true, description: 'For PARTNER: when they got together (the first TOGETHER event).' })
  @IsOptional()
  @IsLocalDate()
  togetherSince?: string;
}

@InputType()
export class RecordSeparationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a relationship id' })
  relationshipId: string;

  @Field(() => LocalDate)
  @IsLocalDate()
  separatedOn: string;

  @Field(() => ID, { nullable: true, description: 'Who left the household; their membership ends on separatedOn.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a person id' })
  leftHouseholdPersonId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@InputType()
export class RecordReconciliationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a relationship id' })
  relationshipId: string;

  @Field(() => LocalDate)
  @IsLocalDate()
  reconciledOn: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
