import { MigrationInterface, QueryRunner } from 'typeorm';

/** Teams within agencies, and each user's team. */
export class CreateTeams1764000000004 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE team (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency (id),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX team_agency_name_key ON team (agency_id, lower(name))`);
    await q.query(`ALTER TABLE app_user ADD COLUMN team_id uuid REFERENCES team (id)`);
    await q.query(`CREATE INDEX app_user_team_idx ON app_user (team_id) WHERE team_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP COLUMN team_id`);
    await q.query(`DROP TABLE team`);
  }
}
