import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { SafetyPlanFor } from './safety-plan-kinds';

/** A safety plan for an adult victim or a child of the family. Restricted: only those working for the victim read it. */
@Entity('safety_plan')
export class SafetyPlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'plan_for', type: 'text' })
  planFor: SafetyPlanFor;

  @Column({ name: 'made_on', type: 'date' })
  madeOn: string;

  @Column({ name: 'next_review_on', type: 'date', nullable: true })
  nextReviewOn: string | null;

  @Column({ name: 'last_reviewed_on', type: 'date', nullable: true })
  lastReviewedOn: string | null;

  /** The measures agreed now (the latest review's, or those agreed when it was made). */
  @Column({ type: 'text', array: true })
  measures: string[];

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId: string;

  @Column({ name: 'recorded_by_agency_id', type: 'uuid' })
  recordedByAgencyId: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  recordedAt: Date;
}

/** One review of a plan, with the measures as agreed at it. Never edited. */
@Entity('safety_plan_review')
export class SafetyPlanReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Column({ name: 'reviewed_on', type: 'date' })
  reviewedOn: string;

  @Column({ type: 'text', array: true })
  measures: string[];

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'next_review_on', type: 'date', nullable: true })
  nextReviewOn: string | null;

  @Column({ name: 'reviewed_by_user_id', type: 'uuid' })
  reviewedByUserId: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  recordedAt: Date;
}
