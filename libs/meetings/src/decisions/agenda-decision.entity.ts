import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DecisionKind } from '../meeting-kinds';

/** A decision taken on an agenda item; a change of a child's level links the episode transition that made it. Never edited. */
@Entity('agenda_decision')
export class AgendaDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId: string;

  @Column({ type: 'text' })
  kind: DecisionKind;

  @Column({ name: 'child_id', type: 'uuid', nullable: true })
  childId: string | null;

  @Column({ name: 'episode_transition_id', type: 'uuid', nullable: true })
  episodeTransitionId: string | null;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  recordedAt: Date;
}
