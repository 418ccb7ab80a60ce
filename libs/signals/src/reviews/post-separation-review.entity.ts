import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { PostSeparationReviewOutcome } from './post-separation-review-outcome';

/** A recorded review of a closure or step down that followed a separation: what was found and decided. */
@Entity('post_separation_review')
export class PostSeparationReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  /** The episode reviewed; null when the review covers every such closure in the family. */
  @Column({ name: 'episode_id', type: 'uuid', nullable: true })
  episodeId: string | null;

  @Column({ name: 'reviewed_on', type: 'date' })
  reviewedOn: string;

  @Column({ type: 'text' })
  outcome: PostSeparationReviewOutcome;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  recordedAt: Date;
}
