import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two things that make a full signal run faster.
 *
 * Candidates of a full signal run, written by several connections at once (one definition each at a
 * time), so that a full run uses every core: a temporary table is seen by its own connection only.
 * Scratch data: unlogged (nothing to recover after a crash), keyed by run so that rows left by a
 * failed run never collide with the next; each full run deletes its own rows and any a failed run left.
 */
export class AddSignalRunCandidatesAndDigests1764000000054 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE signal_run_candidate (
        run_id uuid NOT NULL,
        kind text NOT NULL,
        family_id uuid NOT NULL,
        subject_key text NOT NULL,
        person_ids uuid[] NOT NULL,
        severity text NOT NULL,
        evidence jsonb NOT NULL,
        facts jsonb NOT NULL,
        digest text NOT NULL,
        PRIMARY KEY (run_id, kind, family_id, subject_key)
      )`);
    // A digest of each signal's content (severity, people, evidence, facts): a run compares digests and
    // rewrites only the signals whose content changed. Unknown (NULL) until the next run writes it; a
    // change to a signal's content made other than by the evaluator must set it to NULL.
    await q.query(`ALTER TABLE risk_signal ADD COLUMN digest text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE risk_signal DROP COLUMN digest`);
    await q.query(`DROP TABLE signal_run_candidate`);
  }
}
