import { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'JOINT_VISIT', 'CONSULTATION_WITH_CASE_HOLDER', 'SAFETY_PLANNING', 'DIRECT_WORK_WITH_CHILD', 'WORK_WITH_PERSON_CAUSING_HARM', 'CASE_DISCUSSION', 'GROUP_WORK'`;

/**
 * DVA specialists' co-work with case holders: the arrangement that opens a family to a specialist
 * (started by the case holder or a manager, never by the specialist), and the entries they log.
 */
export class CreateCowork1764000000031 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cowork_arrangement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family (id),
        specialist_user_id uuid NOT NULL REFERENCES app_user (id),
        started_on date NOT NULL,
        started_by_user_id uuid NOT NULL REFERENCES app_user (id),
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 2000),
        ended_on date,
        ended_by_user_id uuid REFERENCES app_user (id),
        ended_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK (specialist_user_id <> started_by_user_id),
        CHECK (ended_on IS NULL OR ended_on >= started_on),
        CHECK ((ended_on IS NULL) = (ended_by_user_id IS NULL) AND (ended_on IS NULL) = (ended_at IS NULL))
      )`);
    // One active arrangement per family and specialist, whatever races.
    await q.query(`CREATE UNIQUE INDEX cowork_arrangement_one_active ON cowork_arrangement (family_id, specialist_user_id) WHERE ended_on IS NULL`);
    // The access-fact loader reads a specialist's active arrangements on every request.
    await q.query(`CREATE INDEX cowork_arrangement_specialist_active_idx ON cowork_arrangement (specialist_user_id) WHERE ended_on IS NULL`);
    await q.query(`CREATE INDEX cowork_arrangement_family_idx ON cowork_arrangement (family_id, started_on)`);

    await q.query(`
      CREATE TABLE cowork_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family (id),
        arrangement_id uuid NOT NULL REFERENCES cowork_arrangement (id),
        specialist_user_id uuid NOT NULL REFERENCES app_user (id),
        specialist_agency_id uuid NOT NULL REFERENCES agency (id),
        occurred_on date NOT NULL,
        kind text NOT NULL CHECK (kind IN (${KINDS})),
        duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
        note text CHECK (char_length(note) <= 2000),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    // The lists: by family, by specialist, by the specialist's agency (a manager's audit), newest first.
    await q.query(`CREATE INDEX cowork_entry_family_idx ON cowork_entry (family_id, occurred_on DESC, id DESC)`);
    await q.query(`CREATE INDEX cowork_entry_specialist_idx ON cowork_entry (specialist_user_id, occurred_on DESC, id DESC)`);
    await q.query(`CREATE INDEX cowork_entry_agency_idx ON cowork_entry (specialist_agency_id, occurred_on DESC, id DESC)`);
    await q.query(`CREATE INDEX cowork_entry_arrangement_idx ON cowork_entry (arrangement_id, occurred_on)`);

    await q.query(`
      CREATE TABLE cowork_entry_practitioner (
        entry_id uuid NOT NULL REFERENCES cowork_entry (id),
        user_id uuid NOT NULL REFERENCES app_user (id),
        PRIMARY KEY (entry_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE cowork_entry_agency (
        entry_id uuid NOT NULL REFERENCES cowork_entry (id),
        agency_id uuid NOT NULL REFERENCES agency (id),
        PRIMARY KEY (entry_id, agency_id)
      )`);
    // Its own id rather than (entry_id, person_id) as the key: merging two records of one person who
    // were both "seen" must not be blocked by a duplicate pair; readers take distinct people.
    await q.query(`
      CREATE TABLE cowork_entry_person_seen (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        entry_id uuid NOT NULL REFERENCES cowork_entry (id),
        person_id uuid NOT NULL REFERENCES person (id),
        position integer NOT NULL
      )`);
    await q.query(`CREATE INDEX cowork_entry_person_seen_entry_idx ON cowork_entry_person_seen (entry_id)`);
    // "No co-work contact with the person causing harm" (docs/domain.md §4.5) is asked by person.
    await q.query(`CREATE INDEX cowork_entry_person_seen_person_idx ON cowork_entry_person_seen (person_id)`);

    await q.query(`
      CREATE TABLE cowork_follow_up (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        entry_id uuid NOT NULL REFERENCES cowork_entry (id),
        position integer NOT NULL,
        description text NOT NULL CHECK (char_length(description) BETWEEN 1 AND 500),
        due_on date,
        done_on date,
        done_by_user_id uuid REFERENCES app_user (id),
        UNIQUE (entry_id, position),
        CHECK ((done_on IS NULL) = (done_by_user_id IS NULL))
      )`);
    await q.query(`CREATE INDEX cowork_follow_up_open_idx ON cowork_follow_up (due_on) WHERE done_on IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE cowork_follow_up, cowork_entry_person_seen, cowork_entry_agency, cowork_entry_practitioner, cowork_entry, cowork_arrangement`);
  }
}
