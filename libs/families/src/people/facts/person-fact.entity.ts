import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { PersonFactKind } from './person-fact-kind';

/** One dated value of a fact about a person (interpreter needed, date of birth). Never edited. */
@Entity('person_fact')
export class PersonFactEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ type: 'text' })
  fact: PersonFactKind;

  /** 'true'/'false' for INTERPRETER_NEEDED, 'YYYY-MM-DD' (or null: not known) for DATE_OF_BIRTH. */
  @Column({ type: 'text', nullable: true })
  value: string | null;

  /** The day it holds from; null: from the start of the record. */
  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom: string | null;

  @Column({ name: 'recorded_by_user_id', type: 'uuid', nullable: true })
  recordedByUserId: string | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  recordedAt: Date;
}
