import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Safety plans for adult victims and children (docs/domain.md §3, §5.3): made on a date by a DVA
 * specialist or case practitioner, with the measures agreed, and reviewed over time. Each review keeps
 * the measures as agreed then, so the plan's history can be read back; the plan row holds the current
 * measures. A restricted record: only those working for the victim ever read it.
 */
export class CreateSafetyPlans1764000000200 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE safety_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family (id),
        person_id uuid NOT NULL REFERENCES person (id),
        plan_for text NOT NULL CHECK (plan_for IN ('ADULT_VICTIM', 'CHILD')),
        made_on date NOT NULL,
        next_review_on date CHECK (next_review_on IS NULL OR next_review_on >= made_on),
        last_reviewed_on date CHECK (last_reviewed_on IS NULL OR last_reviewed_on >= made_on),
        measures text[] NOT NULL CHECK (cardinality(measures) BETWEEN 1 AND 30),
        recorded_by_user_id uuid NOT NULL REFERENCES app_user (id),
        recorded_by_agency_id uuid NOT NULL REFERENCES agency (id),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX safety_plan_family_idx ON safety_plan (family_id, made_on)`);
    await q.query(`
      CREATE TABLE safety_plan_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES safety_plan (id),
        reviewed_on date NOT NULL,
        measures text[] NOT NULL CHECK (cardinality(measures) BETWEEN 1 AND 30),
        note text,
        next_review_on date CHECK (next_review_on IS NULL OR next_review_on >= reviewed_on),
        reviewed_by_user_id uuid NOT NULL REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX safety_plan_review_plan_idx ON safety_plan_review (plan_id, reviewed_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE safety_plan_review`);
    await q.query(`DROP TABLE safety_plan`);
  }
}
