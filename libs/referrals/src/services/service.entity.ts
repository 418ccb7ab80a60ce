import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ServiceType } from './service-type';

/** A service an agency offers ("Caring Dads" at a perpetrator programme provider), which referrals go to. */
@Entity('service')
export class ServiceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  type: ServiceType;

  @Column({ name: 'eligibility_notes', type: 'text', nullable: true })
  eligibilityNotes: string | null;

  /** How many people it can work with at once, as the provider states it; null when not stated. */
  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Column({ name: 'accepts_self_referral', type: 'boolean', default: false })
  acceptsSelfReferral: boolean;

  /** An inactive service takes no new referrals; its past referrals keep pointing at it. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
