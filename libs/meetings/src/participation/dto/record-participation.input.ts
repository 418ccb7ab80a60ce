import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { ChildView, ParticipationKind } from '../../meeting-kinds';

@InputType()
export class ParticipationEntryInput {
  @Field(() => ID, { description: 'A person in scope of the item.' })
  @IsUUID('all', { message: 'must be a person id' })
  personId: string;

  @Field(() => ParticipationKind)
  @IsEnum(ParticipationKind)
  participation: ParticipationKind;

  @Field({ nullable: true, description: 'Required for EXCLUDED_FOR_SAFETY, and only for it.' })
  @IsOptional()
  @IsString()
  @Length(3, 2000, { message: 'must be 3 to 2000 characters' })
  exclusionReason?: string;

  @Field(() => ChildView, { nullable: true, description: 'Required for each child in scope, refused for adults.' })
  @IsOptional()
  @IsEnum(ChildView)
  childView?: ChildView;

  @Field({ nullable: true, description: 'Required for someone who needs an interpreter, refused otherwise.' })
  @IsOptional()
  @IsBoolean()
  interpreterProvided?: boolean;
}

@InputType()
export class RecordParticipationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an agenda item id' })
  agendaItemId: string;

  @Field(() => [ParticipationEntryInput], { description: 'One entry per person, validated together; recording a person again replaces their entry.' })
  @ArrayMinSize(1, { message: 'must give at least one entry' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ParticipationEntryInput)
  entries: ParticipationEntryInput[];
}
