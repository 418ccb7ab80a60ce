import { MigrationInterface, QueryRunner } from 'typeorm';

/** Reported incidents with the people involved, and DASH risk assessments. */
export class CreateIncidentsAndRiskAssessments1764000000012 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE incident (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family (id),
        occurred_on date NOT NULL,
        reporting_agency_id uuid NOT NULL REFERENCES agency (id),
        kind text NOT NULL CHECK (kind IN ('POLICE_DA_NOTIFICATION', 'OTHER_REPORTED_INCIDENT')),
        description text NOT NULL CHECK (char_length(description) BETWEEN 1 AND 1000),
        recorded_by_user_id uuid NOT NULL REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX incident_family_idx ON incident (family_id, occurred_on)`);
    await q.query(`CREATE INDEX incident_reporting_agency_idx ON incident (reporting_agency_id)`);

    await q.query(`
      CREATE TABLE incident_person (
        incident_id uuid NOT NULL REFERENCES incident (id),
        person_id uuid NOT NULL REFERENCES person (id),
        role text NOT NULL CHECK (role IN ('ADULT_VICTIM', 'PERSON_CAUSING_HARM', 'CHILD_PRESENT', 'OTHER')),
        PRIMARY KEY (incident_id, person_id)
      )`);
    // Incidents for a victim in a window: MARAC potential escalation.
    await q.query(`CREATE INDEX incident_person_person_idx ON incident_person (person_id, role)`);

    await q.query(`
      CREATE TABLE risk_assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family (id),
        victim_person_id uuid NOT NULL REFERENCES person (id),
        person_causing_harm_id uuid NOT NULL REFERENCES person (id),
        assessed_on date NOT NULL,
        assessor_user_id uuid NOT NULL REFERENCES app_user (id),
        agency_id uuid NOT NULL REFERENCES agency (id),
        answers text[] NOT NULL CHECK (cardinality(answers) = 24 AND answers <@ ARRAY['YES', 'NO', 'NOT_KNOWN']::text[]),
        -- The score is the count of YES answers, never typed in.
        score integer NOT NULL CHECK (score = cardinality(array_positions(answers, 'YES'))),
        judgement text NOT NULL CHECK (judgement IN ('STANDARD', 'MEDIUM', 'HIGH')),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK (victim_person_id <> person_causing_harm_id)
      )`);
    // The latest DASH for a victim (MARAC visible high risk), and what a perpetrator worker may read.
    await q.query(`CREATE INDEX risk_assessment_victim_idx ON risk_assessment (victim_person_id, assessed_on DESC, recorded_at DESC)`);
    await q.query(`CREATE INDEX risk_assessment_causing_idx ON risk_assessment (person_causing_harm_id)`);
    await q.query(`CREATE INDEX risk_assessment_family_idx ON risk_assessment (family_id, assessed_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE risk_assessment, incident_person, incident`);
  }
}
