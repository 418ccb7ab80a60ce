import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A service's capacity (docs/domain.md §3): how many people it can work with at once, as the
 * provider states it. Null when not stated; never negative.
 */
export class AddServiceCapacity1764000000160 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE service ADD COLUMN capacity integer`);
    await q.query(`ALTER TABLE service ADD CONSTRAINT service_capacity_not_negative CHECK (capacity IS NULL OR capacity >= 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE service DROP COLUMN capacity`);
  }
}
