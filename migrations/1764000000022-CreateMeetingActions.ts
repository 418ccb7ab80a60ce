import { MigrationInterface, QueryRunner } from 'typeorm';

/** Actions agreed at meetings, and the record of each time an overdue one was chased. */
export class CreateMeetingActions1764000000022 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meeting_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting (id),
        agenda_item_id uuid NOT NULL REFERENCES agenda_item (id),
        family_id uuid NOT NULL REFERENCES family (id),
        organising_agency_id uuid NOT NULL REFERENCES agency (id),
        description text NOT NULL CHECK (char_length(description) BETWEEN 1 AND 2000),
        owning_agency_id uuid NOT NULL REFERENCES agency (id),
        owner_user_id uuid REFERENCES app_user (id),
        external_owner_name text CHECK (char_length(external_owner_name) BETWEEN 1 AND 200),
        subject_person_id uuid NOT NULL REFERENCES person (id),
        due_on date NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE', 'CANCELLED')),
        completion_note text CHECK (char_length(completion_note) <= 2000),
        completed_on date,
        chase_count integer NOT NULL DEFAULT 0 CHECK (chase_count >= 0),
        last_chased_on date,
        created_by_user_id uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK ((owner_user_id IS NULL) <> (external_owner_name IS NULL)),
        CHECK ((status = 'OPEN') = (completed_on IS NULL)),
        FOREIGN KEY (agenda_item_id, subject_person_id) REFERENCES agenda_item_person (agenda_item_id, person_id)
      )`);
    // The daily chase and overdueActions: open actions past due.
    await q.query(`CREATE INDEX meeting_action_open_due_idx ON meeting_action (due_on, id) WHERE status = 'OPEN'`);
    await q.query(`CREATE INDEX meeting_action_owner_idx ON meeting_action (owner_user_id, due_on) WHERE owner_user_id IS NOT NULL`);
    await q.query(`CREATE INDEX meeting_action_owning_agency_idx ON meeting_action (owning_agency_id, due_on)`);
    await q.query(`CREATE INDEX meeting_action_item_idx ON meeting_action (agenda_item_id)`);
    await q.query(`CREATE INDEX meeting_action_family_idx ON meeting_action (family_id)`);

    await q.query(`
      CREATE TABLE action_chase (
        action_id uuid NOT NULL REFERENCES meeting_action (id),
        run_id uuid NOT NULL,
        chased_on date NOT NULL,
        chased_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (action_id, run_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE action_chase, meeting_action`);
  }
}
