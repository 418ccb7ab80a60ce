import { MigrationInterface, QueryRunner } from 'typeorm';

// CIN census factor codes (docs/domain.md §7.1), as stored.
const FACTORS = [
  ...['1', '2', '3', '4', '5', '6'].flatMap((n) => [`${n}A`, `${n}B`, `${n}C`]),
  '7A',
  ...['8B', '8C', '8D', '8E', '8F'],
  ...['9A', '10A', '11A', '12A', '13A', '14A', '15A', '16A', '17A'],
  ...['18B', '18C', '19B', '19C', '20', '21', '22A', '23A', '24A'],
]
  .map((code) => `'${code}'`)
  .join(', ');

/** Assessments of a child: CIN census factors, primary need and outcome. */
export class CreateAssessments1764000000008 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family (id),
        child_id uuid NOT NULL REFERENCES person (id),
        assessed_on date NOT NULL,
        agency_id uuid NOT NULL REFERENCES agency (id),
        factors text[] NOT NULL CHECK (cardinality(factors) > 0 AND factors <@ ARRAY[${FACTORS}]::text[]),
        primary_need text NOT NULL CHECK (primary_need IN ('N0', 'N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9')),
        outcome text NOT NULL CHECK (outcome IN ('NFA', 'EARLY_HELP', 'CIN', 'S47', 'CP')),
        recorded_by_user_id uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX assessment_family_idx ON assessment (family_id, assessed_on)`);
    await q.query(`CREATE INDEX assessment_child_idx ON assessment (child_id, assessed_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE assessment`);
  }
}
