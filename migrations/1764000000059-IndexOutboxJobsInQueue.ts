import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The relay compares the jobs handed to the queue and not yet processed with what Redis holds (on
 * every reconnection and sweep) and redelivers the stale ones: this keeps that from reading the whole,
 * ever-growing outbox. The set it indexes is small: only jobs in flight.
 */
export class IndexOutboxJobsInQueue1764000000059 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX outbox_job_in_queue_idx ON outbox_job (id) WHERE processed_at IS NULL AND dispatched_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbox_job_in_queue_idx`);
  }
}
