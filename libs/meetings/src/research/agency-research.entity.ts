import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One invited agency's research on one case before a MARAC (the SafeLives research form): what its
 * own records hold, kept apart from its professional opinion, and what it decided not to share and why.
 * Recording again replaces it (one row per case and agency).
 */
@Entity('agency_research')
export class AgencyResearchEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId: string;

  /** The item's meeting, family and organising agency, copied so access filters stay single conditions. */
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ name: 'organising_agency_id', type: 'uuid' })
  organisingAgencyId: string;

  /** The agency that researched. */
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  /** False: the agency searched its records and holds nothing on this family. */
  @Column({ name: 'holds_records', type: 'boolean' })
  holdsRecords: boolean;

  @Column({ name: 'victim_facts', type: 'text', nullable: true })
  victimFacts: string | null;

  @Column({ name: 'person_causing_harm_facts', type: 'text', nullable: true })
  personCausingHarmFacts: string | null;

  @Column({ name: 'children_facts', type: 'text', nullable: true })
  childrenFacts: string | null;

  @Column({ name: 'professional_opinion', type: 'text', nullable: true })
  professionalOpinion: string | null;

  /** What the agency holds but decided not to share, with notSharedReason (both or neither). */
  @Column({ name: 'not_shared', type: 'text', nullable: true })
  notShared: string | null;

  @Column({ name: 'not_shared_reason', type: 'text', nullable: true })
  notSharedReason: string | null;

  @Column({ name: 'researched_on', type: 'date' })
  researchedOn: string;

  @Column({ name: 'researcher_user_id', type: 'uuid' })
  researcherUserId: string;

  /** Set on every recording, so it says when the research was last replaced. */
  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}

/** A reminder sent to an invited agency that has cases still to research. */
@Entity('research_reminder')
export class ResearchReminderEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'outstanding_cases', type: 'integer' })
  outstandingCases: number;

  @Column({ type: 'integer' })
  recipients: number;

  @Column({ name: 'sent_by_user_id', type: 'uuid' })
  sentByUserId: string;

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  sentAt: Date;
}
