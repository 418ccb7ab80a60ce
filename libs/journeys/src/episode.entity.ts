import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ClosureReason, ClosureSubReason, InterventionLevel } from './intervention-level';

/** A period during which a child's case is open; its level changes only through transitions. */
@Entity('episode')
export class EpisodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  /** The current level, kept in step with the latest transition in the same transaction. */
  @Column({ type: 'text' })
  level: InterventionLevel;

  @Column({ name: 'opened_on', type: 'date' })
  openedOn: string;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn: string | null;

  @Column({ name: 'closure_reason', type: 'text', nullable: true })
  closureReason: ClosureReason | null;

  @Column({ name: 'closure_sub_reason', type: 'text', nullable: true })
  closureSubReason: ClosureSubReason | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
