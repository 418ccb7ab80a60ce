import { Field, ID, InputType } from '@nestjs/graphql';
import { ClosureReason, ClosureSubReason, InterventionLevel } from '@waymark/journeys';
import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { DecisionKind } from '../../meeting-kinds';

@InputType()
export class RecordAgendaDecisionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an agenda item id' })
  agendaItemId: string;

  @Field(() => DecisionKind)
  @IsEnum(DecisionKind)
  kind: DecisionKind;

  @Field(() => ID, { nullable: true, description: 'The child whose level changes: required unless kind is OTHER; must be in scope of the item as CHILD.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a person id' })
  childId?: string;

  @Field(() => InterventionLevel, { nullable: true, description: 'For STEP_UP, STEP_DOWN and OPEN_EPISODE: the new level.' })
  @IsOptional()
  @IsEnum(InterventionLevel)
  toLevel?: InterventionLevel;

  @Field(() => ClosureReason, { nullable: true, description: 'For CLOSE: the CIN census reason.' })
  @IsOptional()
  @IsEnum(ClosureReason)
  closureReason?: ClosureReason;

  @Field(() => ClosureSubReason, { nullable: true, description: 'For CLOSE: the local reason beside the census code.' })
  @IsOptional()
  @IsEnum(ClosureSubReason)
  closureSubReason?: ClosureSubReason;

  @Field({ description: 'The decision in words; also the reason on the episode transition.' })
  @IsString()
  @Length(3, 2000, { message: 'must be 3 to 2000 characters' })
  text: string;
}
