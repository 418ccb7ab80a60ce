import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InterventionLevel } from '../intervention-level';

/** Whether closing or stepping down an episode at this level needs a manager's approval (the partnership's choice). */
@Entity('episode_approval_setting')
export class EpisodeApprovalSettingEntity {
  @PrimaryColumn({ type: 'text' })
  level: InterventionLevel;

  @Column({ name: 'requires_approval', type: 'boolean' })
  requiresApproval: boolean;

  @Column({ name: 'updated_by_user_id', type: 'uuid', nullable: true })
  updatedByUserId: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
