import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ClosureReason, ClosureSubReason, InterventionLevel, TransitionKind } from '../intervention-level';
import { ProposalStatus } from './proposal-status';
import { StoredRiskCheck } from './risk-check';

/** A closure or step down proposed by a practitioner, waiting on (or decided by) a manager of the family's agency. */
@Entity('episode_change_proposal')
export class EpisodeChangeProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'episode_id', type: 'uuid' })
  episodeId: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ type: 'text' })
  kind: TransitionKind.CLOSE | TransitionKind.STEP_DOWN;

  @Column({ name: 'from_level', type: 'text' })
  fromLevel: InterventionLevel;

  @Column({ name: 'to_level', type: 'text' })
  toLevel: InterventionLevel;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  @Column({ name: 'closure_reason', type: 'text', nullable: true })
  closureReason: ClosureReason | null;

  @Column({ name: 'closure_sub_reason', type: 'text', nullable: true })
  closureSubReason: ClosureSubReason | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'decision_meeting_id', type: 'uuid', nullable: true })
  decisionMeetingId: string | null;

  @Column({ name: 'proposed_by_user_id', type: 'uuid' })
  proposedByUserId: string;

  @Column({ name: 'proposed_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  proposedAt: Date;

  @Column({ type: 'text', default: ProposalStatus.WAITING })
  status: ProposalStatus;

  @Column({ name: 'decided_by_user_id', type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** The manager's note on approval, or their reason for returning it. */
  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote: string | null;

  /** The pre-closure risk check as it stood when the manager decided (facts, not words). */
  @Column({ name: 'risk_at_decision', type: 'jsonb', nullable: true })
  riskAtDecision: StoredRiskCheck | null;

  @Column({ name: 'transition_id', type: 'uuid', nullable: true })
  transitionId: string | null;
}
