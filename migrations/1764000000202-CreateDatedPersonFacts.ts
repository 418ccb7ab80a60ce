import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dated person facts. Whether someone needs an interpreter, and their date of birth, were read from
 * the person record as it stands now, so a signal or report about a meeting two years ago used
 * today's value. `person_fact` keeps each value with the day it held from (NULL: from the start of the
 * record); the two functions give the value on a day, and signals and reports read them.
 *
 * Every person gets their current values as the first entries (a trigger for new people, a backfill
 * for existing ones), so the history is never empty and the functions need no fallback.
 */
export class CreateDatedPersonFacts1764000000202 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE person_fact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person (id),
        fact text NOT NULL CHECK (fact IN ('INTERPRETER_NEEDED', 'DATE_OF_BIRTH')),
        value text,
        valid_from date,
        recorded_by_user_id uuid REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK (fact <> 'INTERPRETER_NEEDED' OR value IN ('true', 'false'))
      )`);
    await q.query(`CREATE INDEX person_fact_person_idx ON person_fact (person_id, fact, valid_from)`);
    await q.query(`
      CREATE FUNCTION record_initial_person_facts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO person_fact (person_id, fact, value, valid_from, recorded_by_user_id)
        VALUES (NEW.id, 'INTERPRETER_NEEDED', NEW.interpreter_needed::text, NULL, NEW.created_by_user_id),
               (NEW.id, 'DATE_OF_BIRTH', NEW.date_of_birth::text, NULL, NEW.created_by_user_id);
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER person_initial_facts AFTER INSERT ON person FOR EACH ROW EXECUTE FUNCTION record_initial_person_facts()`);
    await q.query(`
      INSERT INTO person_fact (person_id, fact, value, valid_from, recorded_by_user_id)
      SELECT p.id, f.fact, f.value, NULL, p.created_by_user_id
        FROM person p
       CROSS JOIN LATERAL (VALUES ('INTERPRETER_NEEDED', p.interpreter_needed::text), ('DATE_OF_BIRTH', p.date_of_birth::text)) f(fact, value)`);
    // The latest value from on or before the day; among values from the same day, the last recorded.
    const valueOn = (fact: string) => `
      SELECT f.value FROM person_fact f
       WHERE f.person_id = $1 AND f.fact = '${fact}' AND (f.valid_from IS NULL OR f.valid_from <= $2)
       ORDER BY f.valid_from DESC NULLS LAST, f.recorded_at DESC LIMIT 1`;
    await q.query(`CREATE FUNCTION person_interpreter_needed_on(uuid, date) RETURNS boolean STABLE LANGUAGE sql AS $$
      SELECT coalesce((${valueOn('INTERPRETER_NEEDED')})::boolean, false) $$`);
    await q.query(`CREATE FUNCTION person_date_of_birth_on(uuid, date) RETURNS date STABLE LANGUAGE sql AS $$
      SELECT (${valueOn('DATE_OF_BIRTH')})::date $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION person_date_of_birth_on(uuid, date)`);
    await q.query(`DROP FUNCTION person_interpreter_needed_on(uuid, date)`);
    await q.query(`DROP TRIGGER person_initial_facts ON person`);
    await q.query(`DROP FUNCTION record_initial_person_facts()`);
    await q.query(`DROP TABLE person_fact`);
  }
}
