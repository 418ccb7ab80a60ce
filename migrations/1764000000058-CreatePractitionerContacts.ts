import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A case practitioner's own contact with a person causing harm: a home visit, an appointment, a
 * session of direct work. Until now his engagement could only show through a behaviour-change
 * referral, a meeting or a DVA specialist's co-work, so ordinary social work with him counted for
 * nothing in PERSON_CAUSING_HARM_NOT_ENGAGED.
 */
export class CreatePractitionerContacts1764000000058 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE practitioner_contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family (id),
        person_causing_harm_id uuid NOT NULL REFERENCES person (id),
        kind text NOT NULL CHECK (kind IN ('HOME_VISIT', 'OFFICE_APPOINTMENT', 'DIRECT_WORK_SESSION', 'PHONE_OR_VIDEO_CALL')),
        outcome text NOT NULL CHECK (outcome IN ('SEEN', 'NOT_SEEN', 'REFUSED')),
        occurred_on date NOT NULL,
        recorded_by_user_id uuid NOT NULL REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX practitioner_contact_family_idx ON practitioner_contact (family_id, occurred_on)`);
    await q.query(`CREATE INDEX practitioner_contact_person_idx ON practitioner_contact (person_causing_harm_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE practitioner_contact`);
  }
}
