import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { MeetingStatus, MeetingType } from '../meeting-kinds';

/** A multi-agency meeting, organised by the coordinator's agency. */
@Entity('meeting')
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  type: MeetingType;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  /** Where it takes place; invitations say so. Null for meetings scheduled before venues were recorded. */
  @Column({ type: 'text', nullable: true })
  venue: string | null;

  /** The coordinator's agency: its coordinators manage the meeting, its managers read it. */
  @Column({ name: 'organising_agency_id', type: 'uuid' })
  organisingAgencyId: string;

  @Column({ name: 'chair_user_id', type: 'uuid' })
  chairUserId: string;

  /** Who scheduled it; chased for actions owned by someone without an account. */
  @Column({ name: 'coordinator_user_id', type: 'uuid' })
  coordinatorUserId: string;

  @Column({ type: 'text', default: MeetingStatus.SCHEDULED })
  status: MeetingStatus;

  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** An agency invited to a meeting, and whether (and by whom) it attended once that is recorded. */
@Entity('meeting_agency')
export class MeetingAgencyEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  /** Null until attendance is recorded. */
  @Column({ type: 'boolean', nullable: true })
  attended: boolean | null;

  @Column({ name: 'representative_name', type: 'text', nullable: true })
  representativeName: string | null;

  /** Sent apologies: whether it sent its information all the same. Null for an agency that attended, or not recorded. */
  @Column({ name: 'information_sent', type: 'boolean', nullable: true })
  informationSent: boolean | null;
}
