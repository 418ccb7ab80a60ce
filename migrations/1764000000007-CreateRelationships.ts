import { MigrationInterface, QueryRunner } from 'typeorm';

/** Typed relationships between family members, and couples' dated status history. */
export class CreateRelationships1764000000007 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE person_relationship (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family (id),
        person_id uuid NOT NULL REFERENCES person (id),
        related_person_id uuid NOT NULL REFERENCES person (id),
        type text NOT NULL CHECK (type IN ('MOTHER', 'FATHER', 'STEP_PARENT', 'PARTNER', 'EX_PARTNER', 'CHILD', 'SIBLING', 'GRANDPARENT', 'KINSHIP_CARER')),
        recorded_by_user_id uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (person_id <> related_person_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX person_relationship_key ON person_relationship (family_id, person_id, related_person_id, type)`);
    await q.query(`CREATE INDEX person_relationship_family_idx ON person_relationship (family_id)`);

    await q.query(`
      CREATE TABLE couple_status_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        relationship_id uuid NOT NULL REFERENCES person_relationship (id),
        family_id uuid NOT NULL REFERENCES family (id),
        status text NOT NULL CHECK (status IN ('TOGETHER', 'SEPARATED', 'RECONCILED')),
        occurred_on date NOT NULL,
        left_household_person_id uuid REFERENCES person (id),
        note text,
        recorded_by_user_id uuid NOT NULL REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK (left_household_person_id IS NULL OR status = 'SEPARATED')
      )`);
    await q.query(`CREATE INDEX couple_status_event_relationship_idx ON couple_status_event (relationship_id, occurred_on)`);
    await q.query(`CREATE INDEX couple_status_event_family_idx ON couple_status_event (family_id, occurred_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE couple_status_event, person_relationship`);
  }
}
