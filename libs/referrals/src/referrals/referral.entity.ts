import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MaracCriterionCheckModel } from '../marac/marac-criteria.model';
import { ServiceType } from '../services/service-type';
import { Consent, DeclineReason, LawfulBasis, MaracCriterion, ReferralStatus } from './referral-kinds';

/**
 * A referral of one family member to a service, followed to an outcome. Its status changes only
 * through ReferralService.changeStatus, together with a dated referral_status_change row.
 */
@Entity('referral')
export class ReferralEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ name: 'subject_person_id', type: 'uuid' })
  subjectPersonId: string;

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId: string;

  /** The service's type, kept with the referral so access rules can read it (perpetrator workers: perpetrator programmes only). */
  @Column({ name: 'service_type', type: 'text' })
  serviceType: ServiceType;

  @Column({ name: 'from_user_id', type: 'uuid' })
  fromUserId: string;

  @Column({ name: 'from_agency_id', type: 'uuid' })
  fromAgencyId: string;

  /** The service's agency, kept on the row for the receiving side's access filter. */
  @Column({ name: 'to_agency_id', type: 'uuid' })
  toAgencyId: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'text' })
  consent: Consent;

  @Column({ name: 'lawful_basis', type: 'text', nullable: true })
  lawfulBasis: LawfulBasis | null;

  @Column({ name: 'lawful_basis_note', type: 'text', nullable: true })
  lawfulBasisNote: string | null;

  @Column({ type: 'text' })
  status: ReferralStatus;

  /** When the referral was made (drafted, or submitted at once). */
  @Column({ name: 'referred_on', type: 'date' })
  referredOn: string;

  @Column({ name: 'submitted_on', type: 'date', nullable: true })
  submittedOn: string | null;

  /** When it was accepted or declined. */
  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn: string | null;

  @Column({ name: 'first_engaged_on', type: 'date', nullable: true })
  firstEngagedOn: string | null;

  @Column({ name: 'last_changed_on', type: 'date' })
  lastChangedOn: string;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: DeclineReason | null;

  @Column({ name: 'decline_criterion', type: 'text', nullable: true })
  declineCriterion: string | null;

  /** For a MARAC referral: the criteria that held when it was submitted. */
  @Column({ name: 'marac_criteria', type: 'text', array: true, default: () => "'{}'" })
  maracCriteria: MaracCriterion[];

  @Column({ name: 'is_repeat_marac', type: 'boolean', default: false })
  isRepeatMarac: boolean;

  @Column({ name: 'professional_judgement_reason', type: 'text', nullable: true })
  professionalJudgementReason: string | null;

  /** A MARAC referral made from a DASH: the assessment, and its score when the referral was made. */
  @Column({ name: 'risk_assessment_id', type: 'uuid', nullable: true })
  riskAssessmentId: string | null;

  @Column({ name: 'dash_score', type: 'integer', nullable: true })
  dashScore: number | null;

  /** For a MARAC referral: the criteria met on submission, each with its explanation and the records it rests on. */
  @Column({ name: 'marac_criteria_checks', type: 'jsonb', default: () => "'[]'" })
  maracCriteriaChecks: MaracCriterionCheckModel[];

  /** The meeting it was made at; linked by the meetings work (no input sets it yet). */
  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
