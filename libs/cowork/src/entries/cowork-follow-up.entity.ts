import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Something agreed at a piece of co-work, to be done by a date; completed once, never reopened. */
@Entity('cowork_follow_up')
export class CoworkFollowUpEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'entry_id', type: 'uuid' })
  entryId: string;

  /** Keeps the order they were given in. */
  @Column({ type: 'integer' })
  position: number;

  /** Victim-side detail (restricted). */
  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ name: 'done_on', type: 'date', nullable: true })
  doneOn: string | null;

  @Column({ name: 'done_by_user_id', type: 'uuid', nullable: true })
  doneByUserId: string | null;
}
