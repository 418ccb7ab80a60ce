import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When signals were last evaluated, kept per run scope instead of rewritten on every signal row:
 * a full run then updates only the signals that changed (the rest are untouched), and marks 'ALL';
 * an incremental run marks its families. A signal was last evaluated at the latest of the two.
 */
export class CreateSignalEvaluationMarks1764000000053 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE signal_evaluation_mark (
        scope text PRIMARY KEY CHECK (scope = 'ALL' OR scope ~ '^[0-9a-f-]{36}$'),
        evaluated_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE signal_evaluation_mark`);
  }
}
