import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ActionReviewOutcome } from './action-review-outcome';

/** One earlier action reviewed at a MARAC: done, still open with a new date, or not done and why (SafeLives' distinction). */
@Entity('action_review')
export class ActionReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The MARAC at which it was reviewed (not the one that agreed it). */
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Column({ name: 'action_id', type: 'uuid' })
  actionId: string;

  @Column({ name: 'organising_agency_id', type: 'uuid' })
  organisingAgencyId: string;

  @Column({ name: 'owning_agency_id', type: 'uuid' })
  owningAgencyId: string;

  @Column({ type: 'text' })
  outcome: ActionReviewOutcome;

  /** The due date before this review: the first review's is the date first agreed, which on-time and late are judged against. */
  @Column({ name: 'previous_due_on', type: 'date' })
  previousDueOn: string;

  @Column({ name: 'new_due_on', type: 'date', nullable: true })
  newDueOn: string | null;

  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'reviewed_by_user_id', type: 'uuid' })
  reviewedByUserId: string;

  @Column({ name: 'reviewed_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  reviewedAt: Date;
}
