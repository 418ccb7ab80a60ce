import { MigrationInterface, QueryRunner } from 'typeorm';

const ABUSE_FORMS = `'PHYSICAL', 'COERCIVE_CONTROL', 'NON_FATAL_STRANGULATION', 'SEXUAL', 'STALKING_HARASSMENT', 'ECONOMIC', 'HONOUR_BASED', 'CHILD_TO_PARENT', 'SIBLING', 'INTERGENERATIONAL'`;

/** Harm relationships between family members, and the family's dated socio-economic context. */
export class CreateHarmAndContext1764000000009 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE harm_relationship (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family (id),
        person_causing_harm_id uuid NOT NULL REFERENCES person (id),
        person_harmed_id uuid NOT NULL REFERENCES person (id),
        forms text[] NOT NULL CHECK (cardinality(forms) >= 1 AND forms <@ ARRAY[${ABUSE_FORMS}]::text[]),
        disclosure text NOT NULL CHECK (disclosure IN ('DISCLOSED', 'SUSPECTED_NOT_DISCLOSED')),
        typology text CHECK (typology IN ('COERCIVE_CONTROLLING_VIOLENCE', 'VIOLENT_RESISTANCE', 'SITUATIONAL_COUPLE_VIOLENCE', 'SEPARATION_INSTIGATED_VIOLENCE')),
        recorded_on date NOT NULL,
        recorded_by_user_id uuid NOT NULL REFERENCES app_user (id),
        note text CHECK (char_length(note) <= 2000),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK (person_causing_harm_id <> person_harmed_id)
      )`);
    await q.query(`CREATE INDEX harm_relationship_family_idx ON harm_relationship (family_id, recorded_on)`);
    await q.query(`CREATE INDEX harm_relationship_causing_idx ON harm_relationship (person_causing_harm_id)`);
    await q.query(`CREATE INDEX harm_relationship_harmed_idx ON harm_relationship (person_harmed_id)`);

    await q.query(`
      CREATE TABLE socio_economic_context (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family (id),
        recorded_on date NOT NULL,
        housing text NOT NULL CHECK (housing IN ('SECURE', 'INSECURE', 'OVERCROWDED', 'TEMPORARY', 'HOMELESS', 'NOT_KNOWN')),
        income_hardship boolean,
        employment text NOT NULL CHECK (employment IN ('EMPLOYED', 'UNEMPLOYED', 'NOT_IN_LABOUR_MARKET', 'NOT_KNOWN')),
        deprivation_decile integer CHECK (deprivation_decile BETWEEN 1 AND 10),
        recorded_by_user_id uuid NOT NULL REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX socio_economic_context_family_idx ON socio_economic_context (family_id, recorded_on DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE socio_economic_context, harm_relationship`);
  }
}
