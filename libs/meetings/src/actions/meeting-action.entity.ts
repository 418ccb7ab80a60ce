import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { ActionStatus } from '../meeting-kinds';

/** An action agreed at a meeting about one person in scope of an agenda item; chased when overdue. */
@Entity('meeting_action')
export class MeetingActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId: string;

  /** The item's family and the meeting's organising agency, copied so access filters stay single conditions. */
  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ name: 'organising_agency_id', type: 'uuid' })
  organisingAgencyId: string;

  @Column({ type: 'text' })
  description: string;

  /** The subject's role in the item's scope: text about the adult victim is hidden from those working with the person causing harm. */
  @Column({ name: 'subject_scope_role', type: 'text' })
  subjectScopeRole: string;

  @Column({ name: 'owning_agency_id', type: 'uuid' })
  owningAgencyId: string;

  /** Exactly one of ownerUserId and externalOwnerName. */
  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  ownerUserId: string | null;

  @Column({ name: 'external_owner_name', type: 'text', nullable: true })
  externalOwnerName: string | null;

  /** Whose need or behaviour the action addresses. */
  @Column({ name: 'subject_person_id', type: 'uuid' })
  subjectPersonId: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ type: 'text', default: ActionStatus.OPEN })
  status: ActionStatus;

  @Column({ name: 'completion_note', type: 'text', nullable: true })
  completionNote: string | null;

  /** When it was done or cancelled. */
  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn: string | null;

  @Column({ name: 'chase_count', type: 'integer', default: 0 })
  chaseCount: number;

  @Column({ name: 'last_chased_on', type: 'date', nullable: true })
  lastChasedOn: string | null;

  @Column({ name: 'created_by_user_id', type: 'uuid' })
  createdByUserId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt: Date;
}

/** One chase of one action by one run of the daily job: the key makes a redelivered run chase nothing twice. */
@Entity('action_chase')
export class ActionChaseEntity {
  @PrimaryColumn({ name: 'action_id', type: 'uuid' })
  actionId: string;

  @PrimaryColumn({ name: 'run_id', type: 'uuid' })
  runId: string;

  @Column({ name: 'chased_on', type: 'date' })
  chasedOn: string;
}
