import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { InterventionLevel, TransitionKind } from './intervention-level';

/** One dated change of a child's level: open, step up, step down or close. Never edited. */
@Entity('episode_transition')
export class EpisodeTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'episode_id', type: 'uuid' })
  episodeId: string;

  @Column({ type: 'text' })
  kind: TransitionKind;

  @Column({ name: 'from_level', type: 'text' })
  fromLevel: InterventionLevel;

  @Column({ name: 'to_level', type: 'text' })
  toLevel: InterventionLevel;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  @Column({ name: 'decided_by_user_id', type: 'uuid' })
  decidedByUserId: string;

  /** The meeting that decided it (an ICPC, a CIN review); linked to meetings when they exist. */
  @Column({ name: 'decision_meeting_id', type: 'uuid', nullable: true })
  decisionMeetingId: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  recordedAt: Date;
}
