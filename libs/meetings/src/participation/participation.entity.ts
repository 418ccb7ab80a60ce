import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ChildView, ParticipationKind } from '../meeting-kinds';

/** How one person in scope took part in the discussion of an agenda item. Recording again replaces it. */
@Entity('participation')
export class ParticipationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ type: 'text' })
  participation: ParticipationKind;

  @Column({ name: 'exclusion_reason', type: 'text', nullable: true })
  exclusionReason: string | null;

  /** Children only. */
  @Column({ name: 'child_view', type: 'text', nullable: true })
  childView: ChildView | null;

  /** Only for someone who needs an interpreter. */
  @Column({ name: 'interpreter_provided', type: 'boolean', nullable: true })
  interpreterProvided: boolean | null;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
