import { Injectable } from '@nestjs/common';
import { JsonLogger, RequestContext, TransactionalConnection } from '@waymark/platform';
import { EntityManager } from 'typeorm';
import { SIGNAL_DEFINITIONS } from '../definitions';
import { SignalSettingsService } from '../settings/signal-settings.service';
import { SignalDefinition } from '../signal-definition';

/** Every evaluation, and every change to a signal's state by a person, holds this lock (exclusive, shared). */
export const SIGNALS_LOCK = 0x5167_0001;

export interface EvaluationScope {
  /** The families to re-evaluate; null for all (the nightly run, the CLI). */
  familyIds: string[] | null;
  /** The date the signals are computed as of ('YYYY-MM-DD'). */
  asOf: string;
}

export interface EvaluationSummary {
  candidates: number;
  raised: number;
  reopened: number;
  resolved: number;
  durationMs: number;
}

/**
 * The one evaluator for incremental and full runs: the same SQL with a different scope, so the two
 * agree by construction. Candidates from every definition go into a temporary table in one
 * INSERT … SELECT; a set-based merge then raises new signals, re-opens resolved ones that hold
 * again, refreshes the rest, and resolves those in scope that no longer hold. Each state change
 * appends to risk_signal_event.
 */
@Injectable()
export class SignalEvaluator {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly settings: SignalSettingsService,
    private readonly logger: JsonLogger,
  ) {}

  /** The definitions in force (tests may evaluate a subset). */
  readonly definitions: SignalDefinition[] = SIGNAL_DEFINITIONS;

  evaluate(ctx: RequestContext, scope: EvaluationScope): Promise<EvaluationSummary> {
    return this.db.withTransaction(ctx, async (tx) => {
      const started = Date.now();
      const manager = this.db.manager(tx);
      const familyIds = scope.familyIds ? [...new Set(scope.familyIds)].sort() : null;
      if (familyIds && !familyIds.length) return { candidates: 0, raised: 0, reopened: 0, resolved: 0, durationMs: 0 };
      // One evaluation at a time: two merging the same family at once would race on its signals.
      await manager.query(`SELECT pg_advisory_xact_lock($1)`, [SIGNALS_LOCK]);
      // JIT compilation costs more than it saves on these statements. A full run joins whole tables,
      // where hash joins are right and a misestimated nested loop would be quadratic.
      await manager.query(`SET LOCAL jit = off`);
      if (!familyIds) await manager.query(`SET LOCAL enable_nestloop = off; SET LOCAL work_mem = '64MB'`);
      const thresholds = await this.settings.values(tx);
      const kinds = this.definitions.map((d) => d.kind);

      await manager.query(`DROP TABLE IF EXISTS pg_temp.signal_candidate`);
      await manager.query(`
        CREATE TEMP TABLE signal_candidate (
          kind text NOT NULL, family_id uuid NOT NULL, subject_key text NOT NULL, person_ids uuid[] NOT NULL,
          severity text NOT NULL, evidence jsonb NOT NULL, facts jsonb NOT NULL,
          PRIMARY KEY (kind, family_id, subject_key)
        ) ON COMMIT DROP`);
      // One statement for a few families (planning twelve definitions once is most of their cost); one per
      // definition for a full run, whose memory is freed between them: held together to the end of one
      // statement, it made the run 2.5 s slower at 100,000 families. Each statement then reads the data as
      // of its own start, as every other statement here does; a family written meanwhile is evaluated
      // again by its own incremental run, which waits for this one.
      // The first WITH names the parameters' types, since a single definition may not use all three.
      const insert = (definitions: SignalDefinition[]) =>
        `WITH parameters AS (SELECT $1::uuid[], $2::date, $3::jsonb), written AS (INSERT INTO signal_candidate ${definitions
          .map((d) => `SELECT '${d.kind}'::text, c.* FROM (${d.sql}) AS c(family_id, subject_key, person_ids, severity, evidence, facts)`)
          .join('\nUNION ALL\n')} RETURNING 1) SELECT count(*)::int AS n FROM written`;
      const params = [familyIds, scope.asOf, JSON.stringify(thresholds)];
      let candidates = 0;
      if (familyIds) candidates = await this.count(manager, insert(this.definitions), params);
      else for (const definition of this.definitions) candidates += await this.count(manager, insert([definition]), params);
      if (!familyIds) {
        // The merge joins on the key alone: sampling the evidence and facts too made ANALYZE take 40% longer.
        await manager.query(`ANALYZE signal_candidate (kind, family_id, subject_key)`);
        // Comparing every candidate with its signal hashes all held signals, evidence and facts included
        // (about 130 MB at 100,000 families): given the memory, that hash is not spilled to disk.
        await manager.query(`SET LOCAL work_mem = '256MB'`);
      }

      const reopened = await this.count(
        manager,
        // A signal that holds just as before is left alone: rewriting every row made a full run slow. The
        // comparison is made where candidates meet signals, so an unchanged run updates nothing at all.
        `WITH changed AS (
           SELECT s.id, s.state AS previous_state, c.person_ids, c.severity, c.evidence, c.facts
             FROM signal_candidate c JOIN risk_signal s ON s.kind = c.kind AND s.family_id = c.family_id AND s.subject_key = c.subject_key
            WHERE s.state = 'RESOLVED' OR s.severity IS DISTINCT FROM c.severity OR s.person_ids IS DISTINCT FROM c.person_ids
               OR s.evidence IS DISTINCT FROM c.evidence OR s.facts IS DISTINCT FROM c.facts
         ),
         refreshed AS (
           UPDATE risk_signal s
              SET person_ids = m.person_ids, severity = m.severity, evidence = m.evidence, facts = m.facts, last_evaluated_at = now(),
                  state = CASE WHEN m.previous_state = 'RESOLVED' THEN 'OPEN' ELSE s.state END,
                  last_raised_at = CASE WHEN m.previous_state = 'RESOLVED' THEN now() ELSE s.last_raised_at END,
                  resolved_at = CASE WHEN m.previous_state = 'RESOLVED' THEN NULL ELSE s.resolved_at END,
                  resolution = CASE WHEN m.previous_state = 'RESOLVED' THEN NULL ELSE s.resolution END,
                  acknowledged_by_user_id = CASE WHEN m.previous_state = 'RESOLVED' THEN NULL ELSE s.acknowledged_by_user_id END,
                  acknowledged_at = CASE WHEN m.previous_state = 'RESOLVED' THEN NULL ELSE s.acknowledged_at END,
                  acknowledged_note = CASE WHEN m.previous_state = 'RESOLVED' THEN NULL ELSE s.acknowledged_note END
             FROM changed m
            WHERE s.id = m.id
           RETURNING s.id, s.family_id, s.severity, m.previous_state
         )
         , written AS (
           INSERT INTO risk_signal_event (signal_id, family_id, kind, detail)
           SELECT id, family_id, 'REOPENED', jsonb_build_object('severity', severity) FROM refreshed WHERE previous_state = 'RESOLVED'
           RETURNING 1
         )
         SELECT count(*)::int AS n FROM written`,
      );

      const raised = await this.count(
        manager,
        `WITH raised AS (
           INSERT INTO risk_signal (kind, family_id, subject_key, person_ids, severity, evidence, facts, state)
           SELECT c.kind, c.family_id, c.subject_key, c.person_ids, c.severity, c.evidence, c.facts, 'OPEN'
             FROM signal_candidate c
            WHERE NOT EXISTS (SELECT 1 FROM risk_signal s WHERE s.kind = c.kind AND s.family_id = c.family_id AND s.subject_key = c.subject_key)
           RETURNING id, family_id, severity
         )
         , written AS (
           INSERT INTO risk_signal_event (signal_id, family_id, kind, detail)
           SELECT id, family_id, 'RAISED', jsonb_build_object('severity', severity) FROM raised
           RETURNING 1
         )
         SELECT count(*)::int AS n FROM written`,
      );

      const resolved = await this.count(
        manager,
        `WITH resolved AS (
           UPDATE risk_signal s
              SET state = 'RESOLVED', resolution = 'AUTO', resolved_at = now(), last_evaluated_at = now()
            WHERE s.state <> 'RESOLVED' AND s.kind = ANY($2::text[]) AND ($1::uuid[] IS NULL OR s.family_id = ANY($1::uuid[]))
              AND NOT EXISTS (SELECT 1 FROM signal_candidate c WHERE c.kind = s.kind AND c.family_id = s.family_id AND c.subject_key = s.subject_key)
           RETURNING s.id, s.family_id
         )
         , written AS (
           INSERT INTO risk_signal_event (signal_id, family_id, kind, detail)
           SELECT id, family_id, 'RESOLVED', jsonb_build_object('resolution', 'AUTO') FROM resolved
           RETURNING 1
         )
         SELECT count(*)::int AS n FROM written`,
        [familyIds, kinds],
      );
      // The run's mark: when these families (or all) were last evaluated, for every signal in them.
      await manager.query(
        `INSERT INTO signal_evaluation_mark (scope, evaluated_at) SELECT scope, now() FROM unnest($1::text[]) AS scope
         ON CONFLICT (scope) DO UPDATE SET evaluated_at = excluded.evaluated_at`,
        [familyIds ?? ['ALL']],
      );
      await manager.query(`SET LOCAL jit TO DEFAULT; SET LOCAL enable_nestloop TO DEFAULT; SET LOCAL work_mem TO DEFAULT`);
      const summary = { candidates, raised, reopened, resolved, durationMs: Date.now() - started };
      this.logger.event('info', 'signals.evaluated', { families: familyIds ? familyIds.length : 'all', asOf: scope.asOf, ...summary });
      return summary;
    });
  }

  /** Runs a statement that ends by counting what it wrote (`SELECT count(*)::int AS n`). */
  private async count(manager: EntityManager, sql: string, parameters: unknown[] = []): Promise<number> {
    const [{ n }] = await manager.query(sql, parameters);
    return n;
  }
}
