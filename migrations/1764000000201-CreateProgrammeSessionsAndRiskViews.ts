import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The person causing harm's own work (docs/domain.md §1.3): the sessions of a behaviour-change
 * programme he attended or missed, recorded on an accepted referral by the perpetrator worker, and
 * the perpetrator worker's view of the risk he poses to the family, shared with the case holder.
 * Attended sessions count as engagement in PERSON_CAUSING_HARM_NOT_ENGAGED.
 */
export class CreateProgrammeSessionsAndRiskViews1764000000201 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE programme_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        referral_id uuid NOT NULL REFERENCES referral (id),
        family_id uuid NOT NULL REFERENCES family (id),
        person_id uuid NOT NULL REFERENCES person (id),
        occurred_on date NOT NULL,
        attendance text NOT NULL CHECK (attendance IN ('ATTENDED', 'MISSED')),
        recorded_by_user_id uuid NOT NULL REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (referral_id, occurred_on)
      )`);
    await q.query(`CREATE INDEX programme_session_family_idx ON programme_session (family_id, person_id, occurred_on)`);
    await q.query(`
      CREATE TABLE perpetrator_risk_view (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        referral_id uuid NOT NULL REFERENCES referral (id),
        family_id uuid NOT NULL REFERENCES family (id),
        person_id uuid NOT NULL REFERENCES person (id),
        recorded_on date NOT NULL,
        level text NOT NULL CHECK (level IN ('STANDARD', 'MEDIUM', 'HIGH')),
        view text NOT NULL CHECK (length(view) BETWEEN 1 AND 4000),
        recorded_by_user_id uuid NOT NULL REFERENCES app_user (id),
        recorded_by_agency_id uuid NOT NULL REFERENCES agency (id),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX perpetrator_risk_view_family_idx ON perpetrator_risk_view (family_id, recorded_on)`);
    await q.query(`CREATE INDEX perpetrator_risk_view_referral_idx ON perpetrator_risk_view (referral_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE perpetrator_risk_view`);
    await q.query(`DROP TABLE programme_session`);
  }
}
