import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AssessmentOutcome, PrimaryNeed } from './cin-codes';

/** An assessment of a child, with what it found and decided. Never edited. */
@Entity('assessment')
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn: string;

  /** The assessing agency. */
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  /** CIN census codes ('3B', '21'), so statutory returns and signals read them as the census does. */
  @Column({ type: 'text', array: true })
  factors: string[];

  @Column({ name: 'primary_need', type: 'text' })
  primaryNeed: PrimaryNeed;

  @Column({ type: 'text' })
  outcome: AssessmentOutcome;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
