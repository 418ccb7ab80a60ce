import { Field, ID, ObjectType } from '@nestjs/graphql';
import { InterventionLevel } from '../intervention-level';

@ObjectType('EpisodeApprovalSetting', { description: "Whether an episode at this level closes or steps down only with a manager's approval." })
export class EpisodeApprovalSettingModel {
  @Field(() => InterventionLevel)
  level: InterventionLevel;

  @Field({ description: 'True: a practitioner proposes the closure or step down, and a manager of the family’s agency approves it.' })
  requiresApproval: boolean;

  @Field(() => Date, { nullable: true, description: 'When an administrator last changed it (null: never changed).' })
  updatedAt: Date | null;

  @Field(() => ID, { nullable: true })
  updatedByUserId: string | null;
}
