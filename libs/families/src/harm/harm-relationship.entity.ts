import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AbuseForm, HarmDisclosure, HarmTypology } from './harm-kinds';

/** Who causes harm to whom within a family: directed, with the forms of abuse and how it is known. */
@Entity('harm_relationship')
export class HarmRelationshipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ name: 'person_causing_harm_id', type: 'uuid' })
  personCausingHarmId: string;

  @Column({ name: 'person_harmed_id', type: 'uuid' })
  personHarmedId: string;

  @Column({ type: 'text', array: true })
  forms: AbuseForm[];

  @Column({ type: 'text' })
  disclosure: HarmDisclosure;

  @Column({ type: 'text', nullable: true })
  typology: HarmTypology | null;

  @Column({ name: 'recorded_on', type: 'date' })
  recordedOn: string;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Orders records made on the same day. */
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  recordedAt: Date;
}
