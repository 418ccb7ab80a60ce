import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { EmploymentSituation, HousingSituation } from './socio-economic-kinds';

/** A family's circumstances as known on a date; a new record is added when they change, the old ones kept. */
@Entity('socio_economic_context')
export class SocioEconomicContextEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ name: 'recorded_on', type: 'date' })
  recordedOn: string;

  @Column({ type: 'text' })
  housing: HousingSituation;

  /** Null when not known. */
  @Column({ name: 'income_hardship', type: 'boolean', nullable: true })
  incomeHardship: boolean | null;

  @Column({ type: 'text' })
  employment: EmploymentSituation;

  /** IMD or SIMD decile of the postcode area, 1 = most deprived. */
  @Column({ name: 'deprivation_decile', type: 'integer', nullable: true })
  deprivationDecile: number | null;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId: string;

  /** Orders records made on the same day. */
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  recordedAt: Date;
}
