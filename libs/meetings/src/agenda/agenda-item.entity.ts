import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { ScopeRole } from '../meeting-kinds';

/** One family discussed at a meeting. */
@Entity('agenda_item')
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  /** The meeting's organising agency, copied so the coordinators' and managers' access filter is one condition. */
  @Column({ name: 'organising_agency_id', type: 'uuid' })
  organisingAgencyId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ name: 'reason_for_listing', type: 'text' })
  reasonForListing: string;

  @Column({ name: 'risk_summary', type: 'text', nullable: true })
  riskSummary: string | null;

  /** The MARAC referral that listed the case; linked when referrals are integrated, not exposed yet. */
  @Column({ name: 'marac_referral_id', type: 'uuid', nullable: true })
  maracReferralId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A person in scope of an agenda item, with their part in it. */
@Entity('agenda_item_person')
export class AgendaItemPersonEntity {
  @PrimaryColumn({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'scope_role', type: 'text' })
  scopeRole: ScopeRole;
}
