import { MigrationInterface, QueryRunner } from 'typeorm';

const LEVELS = `'NONE', 'UNIVERSAL', 'EARLY_HELP', 'CIN', 'CP_PLAN', 'LAC'`;

/** Children's episodes and the dated transitions between levels. */
export class CreateEpisodes1764000000006 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE episode (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family (id),
        child_id uuid NOT NULL REFERENCES person (id),
        level text NOT NULL CHECK (level IN (${LEVELS})),
        opened_on date NOT NULL,
        closed_on date,
        closure_reason text CHECK (closure_reason IN ('RC1', 'RC2', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7', 'RC8', 'RC9')),
        closure_sub_reason text CHECK (closure_sub_reason IN ('PARENTS_SEPARATED', 'PERSON_CAUSING_HARM_LEFT', 'FAMILY_MOVED', 'FAMILY_DISENGAGED', 'OTHER')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (closed_on IS NULL OR closed_on >= opened_on),
        CHECK ((closed_on IS NULL) = (closure_reason IS NULL))
      )`);
    // One open episode per child, whatever races.
    await q.query(`CREATE UNIQUE INDEX episode_one_open_per_child ON episode (child_id) WHERE closed_on IS NULL`);
    await q.query(`CREATE INDEX episode_family_idx ON episode (family_id, opened_on)`);
    await q.query(`CREATE INDEX episode_child_idx ON episode (child_id, opened_on)`);

    await q.query(`
      CREATE TABLE episode_transition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        episode_id uuid NOT NULL REFERENCES episode (id),
        kind text NOT NULL CHECK (kind IN ('OPEN', 'STEP_UP', 'STEP_DOWN', 'CLOSE')),
        from_level text NOT NULL CHECK (from_level IN (${LEVELS})),
        to_level text NOT NULL CHECK (to_level IN (${LEVELS})),
        occurred_on date NOT NULL,
        decided_by_user_id uuid NOT NULL REFERENCES app_user (id),
        decision_meeting_id uuid,
        reason text,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX episode_transition_episode_idx ON episode_transition (episode_id, occurred_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE episode_transition, episode`);
  }
}
