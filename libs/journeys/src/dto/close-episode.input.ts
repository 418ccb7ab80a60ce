import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { ClosureReason, ClosureSubReason } from '../intervention-level';
import { TransitionDetails } from './open-episode.input';

@InputType()
export class CloseEpisodeInput extends TransitionDetails {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an episode id' })
  episodeId: string;

  @Field(() => ClosureReason, { description: 'The CIN census reason for closure.' })
  @IsEnum(ClosureReason)
  closureReason: ClosureReason;

  @Field(() => ClosureSubReason, { nullable: true, description: 'The local reason beside the census code.' })
  @IsOptional()
  @IsEnum(ClosureSubReason)
  closureSubReason?: ClosureSubReason;
}
