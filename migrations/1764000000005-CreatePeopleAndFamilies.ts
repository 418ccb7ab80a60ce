import { MigrationInterface, QueryRunner } from 'typeorm';

/** People, families, dated household membership and allocation to practitioners and teams. */
export class CreatePeopleAndFamilies1764000000005 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        given_name text NOT NULL,
        family_name text NOT NULL,
        aliases text[] NOT NULL DEFAULT '{}',
        date_of_birth date,
        expected_date_of_birth date,
        gender text NOT NULL CHECK (gender IN ('FEMALE', 'MALE', 'NON_BINARY', 'OTHER', 'NOT_KNOWN')),
        ethnicity_group text NOT NULL CHECK (ethnicity_group IN ('WHITE', 'MIXED', 'ASIAN', 'BLACK', 'OTHER', 'NOT_STATED')),
        ethnicity_detail text,
        first_language text,
        interpreter_needed boolean NOT NULL DEFAULT false,
        disability text,
        immigration_status text,
        no_recourse_to_public_funds boolean NOT NULL DEFAULT false,
        confidential_address text,
        safe_contact_details text,
        created_by_user_id uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (date_of_birth IS NULL OR expected_date_of_birth IS NULL)
      )`);
    await q.query(`CREATE INDEX person_created_by_idx ON person (created_by_user_id)`);

    await q.query(`
      CREATE TABLE family (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        agency_id uuid NOT NULL REFERENCES agency (id),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX family_agency_idx ON family (agency_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX family_created_idx ON family (created_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE family_membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family (id),
        person_id uuid NOT NULL REFERENCES person (id),
        kind text NOT NULL CHECK (kind IN ('ADULT', 'CHILD')),
        joined_on date NOT NULL,
        left_on date,
        CHECK (left_on IS NULL OR left_on >= joined_on)
      )`);
    await q.query(`CREATE INDEX family_membership_family_idx ON family_membership (family_id, joined_on)`);
    await q.query(`CREATE INDEX family_membership_person_idx ON family_membership (person_id)`);

    await q.query(`
      CREATE TABLE family_allocation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family (id),
        user_id uuid REFERENCES app_user (id),
        team_id uuid REFERENCES team (id),
        started_on date NOT NULL,
        ended_on date,
        CHECK (user_id IS NOT NULL OR team_id IS NOT NULL),
        CHECK (ended_on IS NULL OR ended_on >= started_on)
      )`);
    await q.query(`CREATE INDEX family_allocation_family_idx ON family_allocation (family_id)`);
    await q.query(`CREATE INDEX family_allocation_user_idx ON family_allocation (user_id) WHERE ended_on IS NULL`);
    await q.query(`CREATE INDEX family_allocation_team_idx ON family_allocation (team_id) WHERE ended_on IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE family_allocation, family_membership, family, person`);
  }
}
