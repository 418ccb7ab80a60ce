import { MigrationInterface, QueryRunner } from 'typeorm';

const SEVERITY_RANK = `CASE severity WHEN 'LOW' THEN 1 WHEN 'MEDIUM' THEN 2 ELSE 3 END`;

/**
 * TypeORM's migration generator reads a generated column's expression from its own table,
 * typeorm_metadata, and fails when that table is missing (risk_signal.severity_rank was created by
 * hand-written SQL). This records the expression there, as TypeORM would have, so that
 * `npm run migration:generate` can compare the database with the entities. No data changes.
 */
export class DescribeGeneratedColumnsForTypeorm1764000000057 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE IF NOT EXISTS typeorm_metadata (
        "type" varchar NOT NULL,
        "database" varchar,
        "schema" varchar,
        "table" varchar,
        "name" varchar,
        "value" text
      )`);
    await q.query(
      `INSERT INTO typeorm_metadata ("type", "database", "schema", "table", "name", "value")
       VALUES ('GENERATED_COLUMN', current_database(), current_schema(), 'risk_signal', 'severity_rank', $1)`,
      [SEVERITY_RANK],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM typeorm_metadata WHERE "type" = 'GENERATED_COLUMN' AND "table" = 'risk_signal' AND "name" = 'severity_rank'`);
  }
}
