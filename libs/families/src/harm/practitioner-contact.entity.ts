import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { PractitionerContactKind, PractitionerContactOutcome } from './practitioner-contact-kinds';

/** A case practitioner's own contact with a person causing harm in the family: ordinary social work that engages him. */
@Entity('practitioner_contact')
export class PractitionerContactEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ name: 'person_causing_harm_id', type: 'uuid' })
  personCausingHarmId: string;

  @Column({ type: 'text' })
  kind: PractitionerContactKind;

  @Column({ type: 'text' })
  outcome: PractitionerContactOutcome;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  recordedAt: Date;
}
