import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DashAnswer, RiskJudgement } from './dash';

/** A DASH risk assessment of an adult victim's risk from a person causing harm. Never edited. */
@Entity('risk_assessment')
export class RiskAssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ name: 'victim_person_id', type: 'uuid' })
  victimPersonId: string;

  @Column({ name: 'person_causing_harm_id', type: 'uuid' })
  personCausingHarmId: string;

  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn: string;

  @Column({ name: 'assessor_user_id', type: 'uuid' })
  assessorUserId: string;

  /** The assessor's agency. */
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  /** Restricted (docs/domain.md §5.3): only for those working for the victim. */
  @Column({ type: 'text', array: true })
  answers: DashAnswer[];

  /** The count of YES answers; the database checks it matches. */
  @Column({ type: 'integer' })
  score: number;

  @Column({ type: 'text' })
  judgement: RiskJudgement;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  recordedAt: Date;
}
