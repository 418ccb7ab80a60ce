import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DeclineReason, ReferralStatus } from './referral-kinds';

/** One dated change of a referral's status (the first has no from-status). Never edited. */
@Entity('referral_status_change')
export class ReferralStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: ReferralStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: ReferralStatus;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  recordedAt: Date;

  @Column({ name: 'by_user_id', type: 'uuid' })
  byUserId: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: DeclineReason | null;

  @Column({ name: 'decline_criterion', type: 'text', nullable: true })
  declineCriterion: string | null;
}
