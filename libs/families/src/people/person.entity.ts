import { BadUserInputError } from '@waymark/platform';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { EthnicityGroup, Gender } from './person-kinds';

/** An adult or child known to the partnership. */
@Entity('person')
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'given_name', type: 'text' })
  givenName: string;

  @Column({ name: 'family_name', type: 'text' })
  familyName: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];

  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth: string | null;

  /** For an unborn child: the expected date of delivery. */
  @Column({ name: 'expected_date_of_birth', type: 'date', nullable: true })
  expectedDateOfBirth: string | null;

  @Column({ type: 'text' })
  gender: Gender;

  @Column({ name: 'ethnicity_group', type: 'text' })
  ethnicityGroup: EthnicityGroup;

  @Column({ name: 'ethnicity_detail', type: 'text', nullable: true })
  ethnicityDetail: string | null;

  @Column({ name: 'first_language', type: 'text', nullable: true })
  firstLanguage: string | null;

  @Column({ name: 'interpreter_needed', type: 'boolean', default: false })
  interpreterNeeded: boolean;

  @Column({ type: 'text', nullable: true })
  disability: string | null;

  @Column({ name: 'immigration_status', type: 'text', nullable: true })
  immigrationStatus: string | null;

  @Column({ name: 'no_recourse_to_public_funds', type: 'boolean', default: false })
  noRecourseToPublicFunds: boolean;

  /** Restricted: only for those working for the adult victim, never for those working with the person causing harm. */
  @Column({ name: 'confidential_address', type: 'text', nullable: true })
  confidentialAddress: string | null;

  /** Restricted, as confidentialAddress. */
  @Column({ name: 'safe_contact_details', type: 'text', nullable: true })
  safeContactDetails: string | null;

  /** Outward part of the postcode, upper-case ("M14"): used to match possible duplicates. */
  @Column({ name: 'postcode_area', type: 'text', nullable: true })
  postcodeArea: string | null;

  /** Set when a manager merged this record into another; a merged record is kept for history but never shown. */
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @Column({ name: 'created_by_user_id', type: 'uuid' })
  createdByUserId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Work dated before birth is allowed only for an unborn child (an expected date, no date of birth). */
export function assertNotBeforeBirth(person: PersonEntity, date: string, field: string): void {
  if (person.dateOfBirth && date < person.dateOfBirth) {
    throw BadUserInputError.field(field, `is before ${person.givenName}'s date of birth (${person.dateOfBirth})`);
  }
}
