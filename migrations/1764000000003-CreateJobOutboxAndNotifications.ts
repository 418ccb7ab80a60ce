import { MigrationInterface, QueryRunner } from 'typeorm';

/** The transactional job outbox and per-user notifications. */
export class CreateJobOutboxAndNotifications1764000000003 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_job (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        dispatched_at timestamptz,
        processed_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    await q.query(`CREATE INDEX outbox_job_undispatched_idx ON outbox_job (created_at, id) WHERE dispatched_at IS NULL AND processed_at IS NULL`);

    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_user_id uuid NOT NULL REFERENCES app_user (id),
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        subject_type text,
        subject_id text,
        source_job_id uuid REFERENCES outbox_job (id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX notification_recipient_idx ON notification (recipient_user_id, created_at DESC, id DESC)`);
    // One notification per recipient per job, whatever happens to the job's delivery.
    await q.query(`CREATE UNIQUE INDEX notification_job_recipient_key ON notification (source_job_id, recipient_user_id) WHERE source_job_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification, outbox_job`);
  }
}
