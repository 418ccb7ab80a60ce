import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CoupleStatus } from './relationship-kinds';

/** One dated change in a couple's status: together, separated (and who left), reconciled. */
@Entity('couple_status_event')
export class CoupleStatusEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'relationship_id', type: 'uuid' })
  relationshipId: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ type: 'text' })
  status: CoupleStatus;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  /** For a separation: who left the household, if known. */
  @Column({ name: 'left_household_person_id', type: 'uuid', nullable: true })
  leftHouseholdPersonId: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  recordedAt: Date;
}
