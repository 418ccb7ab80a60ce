import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A DVA specialist co-working a family from a date until ended. While it is active the family is
 * open to the specialist (read and update); it is started by the family's case holder or a manager
 * of its lead agency, never by the specialist, so access is never self-granted.
 */
@Entity('cowork_arrangement')
export class CoworkArrangementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ name: 'specialist_user_id', type: 'uuid' })
  specialistUserId: string;

  @Column({ name: 'started_on', type: 'date' })
  startedOn: string;

  @Column({ name: 'started_by_user_id', type: 'uuid' })
  startedByUserId: string;

  /** Why the specialist was brought in; victim-side detail (restricted). */
  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ name: 'ended_by_user_id', type: 'uuid', nullable: true })
  endedByUserId: string | null;

  /** When the ending was recorded: orders it after same-day entries on the timeline. */
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt: Date;
}
