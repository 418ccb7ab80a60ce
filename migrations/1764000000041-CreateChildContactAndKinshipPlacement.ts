import { MigrationInterface, QueryRunner } from 'typeorm';

/** Children's contact with a person causing harm, and kinship placements: both dated, both read by risk signals. */
export class CreateChildContactAndKinshipPlacement1764000000041 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE child_contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family (id),
        child_id uuid NOT NULL REFERENCES person (id),
        person_causing_harm_id uuid NOT NULL REFERENCES person (id),
        arrangement text NOT NULL CHECK (arrangement IN ('SUPERVISED', 'UNSUPERVISED', 'HANDOVER_ONLY', 'INDIRECT')),
        started_on date NOT NULL,
        ended_on date,
        recorded_by_user_id uuid NOT NULL REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK (ended_on IS NULL OR ended_on >= started_on),
        CHECK (child_id <> person_causing_harm_id)
      )`);
    await q.query(`CREATE INDEX child_contact_family_idx ON child_contact (family_id, started_on)`);
    await q.query(`CREATE INDEX child_contact_child_idx ON child_contact (child_id)`);
    await q.query(`CREATE INDEX child_contact_person_causing_harm_idx ON child_contact (person_causing_harm_id)`);

    await q.query(`
      CREATE TABLE kinship_placement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family (id),
        child_id uuid NOT NULL REFERENCES person (id),
        carer_id uuid NOT NULL REFERENCES person (id),
        carer_relationship text NOT NULL CHECK (carer_relationship IN ('MATERNAL_GRANDPARENT', 'PATERNAL_GRANDPARENT', 'MATERNAL_AUNT_OR_UNCLE',
          'PATERNAL_AUNT_OR_UNCLE', 'ADULT_SIBLING', 'OTHER_MATERNAL_RELATIVE', 'OTHER_PATERNAL_RELATIVE', 'FAMILY_FRIEND', 'OTHER')),
        placed_on date NOT NULL,
        ended_on date,
        recorded_by_user_id uuid NOT NULL REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK (ended_on IS NULL OR ended_on >= placed_on),
        CHECK (child_id <> carer_id)
      )`);
    // A child lives in one place at a time, whatever races.
    await q.query(`CREATE UNIQUE INDEX kinship_placement_one_current_per_child ON kinship_placement (child_id) WHERE ended_on IS NULL`);
    await q.query(`CREATE INDEX kinship_placement_family_idx ON kinship_placement (family_id, placed_on)`);
    await q.query(`CREATE INDEX kinship_placement_carer_idx ON kinship_placement (carer_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE kinship_placement, child_contact`);
  }
}
