import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsLocalDate, LocalDate } from '@waymark/platform';
import { InterventionLevel } from '../intervention-level';

/** Fields every transition records: when, why, and optionally the meeting that decided it. */
@InputType({ isAbstract: true })
export abstract class TransitionDetails {
  @Field(() => LocalDate, { description: 'When it was decided; not in the future, not before the previous transition.' })
  @IsLocalDate()
  occurredOn: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @Field(() => ID, { nullable: true, description: 'The meeting that decided it, if any.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a meeting id' })
  decisionMeetingId?: string;
}

@InputType()
export class OpenEpisodeInput extends TransitionDetails {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a family id' })
  familyId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a person id' })
  childId: string;

  @Field(() => InterventionLevel)
  @IsEnum(InterventionLevel)
  level: InterventionLevel;
}

@InputType()
export class StepEpisodeInput extends TransitionDetails {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId: string;

  @Field(() => InterventionLevel)
  @IsEnum(InterventionLevel)
  toLevel: InterventionLevel;
}
