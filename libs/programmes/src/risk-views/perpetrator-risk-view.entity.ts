import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { RiskToFamilyLevel } from '../programme-kinds';

/** The perpetrator worker's view of the risk the person causing harm poses to the family, on a date. Never edited. */
@Entity('perpetrator_risk_view')
export class PerpetratorRiskViewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'recorded_on', type: 'date' })
  recordedOn: string;

  @Column({ type: 'text' })
  level: RiskToFamilyLevel;

  @Column({ type: 'text' })
  view: string;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId: string;

  @Column({ name: 'recorded_by_agency_id', type: 'uuid' })
  recordedByAgencyId: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  recordedAt: Date;
}
