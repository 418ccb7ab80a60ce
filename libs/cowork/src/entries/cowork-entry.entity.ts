import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CoworkKind } from '../cowork-kind';

/** One piece of joint work a DVA specialist did with a family, logged under an arrangement. Never edited. */
@Entity('cowork_entry')
export class CoworkEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ name: 'arrangement_id', type: 'uuid' })
  arrangementId: string;

  @Column({ name: 'specialist_user_id', type: 'uuid' })
  specialistUserId: string;

  /** The specialist's agency when they logged it: managers audit their own agency's joint work. */
  @Column({ name: 'specialist_agency_id', type: 'uuid' })
  specialistAgencyId: string;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  @Column({ type: 'text' })
  kind: CoworkKind;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes: number;

  /** Victim-side detail (restricted). */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt: Date;
}

/** A practitioner with an account who took part. */
@Entity('cowork_entry_practitioner')
export class CoworkEntryPractitionerEntity {
  @PrimaryColumn({ name: 'entry_id', type: 'uuid' })
  entryId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;
}

/** An agency involved (including those whose practitioners have no account). */
@Entity('cowork_entry_agency')
export class CoworkEntryAgencyEntity {
  @PrimaryColumn({ name: 'entry_id', type: 'uuid' })
  entryId: string;

  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId: string;
}

/** A family member seen, including the person causing harm. */
@Entity('cowork_entry_person_seen')
export class CoworkEntryPersonSeenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'entry_id', type: 'uuid' })
  entryId: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  /** Keeps the order they were given in. */
  @Column({ type: 'integer' })
  position: number;
}
