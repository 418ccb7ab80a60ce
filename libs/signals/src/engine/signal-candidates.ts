import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, databasePoolSize, describeError, JsonLogger, TransactionalConnection } from '@waymark/platform';
import { randomUUID } from 'crypto';
import { EntityManager } from 'typeorm';
import { SignalDefinition } from '../signal-definition';
import { SignalKind } from '../signal-kinds';

/** The candidates a run found: how many, and a FROM item that reads them (kind, family_id, subject_key, person_ids, severity, evidence, facts, digest). */
export interface CandidateSet {
  count: number;
  source: string;
}

/** The parameters every definition reads: the families ($1, null for all), the evaluation date ($2), the thresholds ($3). */
export type DefinitionParameters = [familyIds: string[] | null, asOf: string, thresholds: string];

/**
 * JIT compilation costs more than it saves on these statements. A full run joins whole tables, where
 * hash joins are right and a misestimated nested loop would be quadratic.
 */
export const FULL_RUN_SETTINGS = `SET LOCAL jit = off; SET LOCAL enable_nestloop = off; SET LOCAL work_mem = '64MB'`;

const COLUMNS = 'family_id, subject_key, person_ids, severity, evidence, facts';

/** A candidate's content in one value: a held signal with the same digest holds just as before. */
const DIGEST = `md5(concat_ws('|', c.severity, c.person_ids::text, c.evidence::text, c.facts::text))`;

/**
 * Runs the signal definitions and writes what they find, the same SQL for a few families and for all.
 *
 * A few families: one statement into a temporary table (planning twelve definitions once is most of
 * their cost). All families: one statement per definition, spread over SIGNALS_FULL_RUN_CONNECTIONS
 * connections that each take the next definition until none is left, into the shared run table. The
 * caller's transaction is one of them and the others commit their own, so each statement reads the
 * data as of its own start, as every statement of a full run always has; a family written meanwhile
 * is evaluated again by its own incremental run, which waits for the full run to finish.
 */
@Injectable()
export class SignalCandidates {
  /** How long each definition took in this process's last full run (ms). */
  private readonly lastDurations = new Map<SignalKind, number>();

  constructor(
    private readonly db: TransactionalConnection,
    private readonly logger: JsonLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async forFamilies(manager: EntityManager, definitions: SignalDefinition[], parameters: DefinitionParameters): Promise<CandidateSet> {
    await manager.query(`DROP TABLE IF EXISTS pg_temp.signal_candidate`);
    await manager.query(`
      CREATE TEMP TABLE signal_candidate (
        kind text NOT NULL, family_id uuid NOT NULL, subject_key text NOT NULL, person_ids uuid[] NOT NULL,
        severity text NOT NULL, evidence jsonb NOT NULL, facts jsonb NOT NULL, digest text NOT NULL,
        PRIMARY KEY (kind, family_id, subject_key)
      ) ON COMMIT DROP`);
    const count = await countWritten(manager, insertInto('signal_candidate', definitions), parameters);
    return { count, source: 'pg_temp.signal_candidate' };
  }

  /**
   * Every family. The caller's transaction must hold the signals lock and have FULL_RUN_SETTINGS in
   * force, and must call `clear` before it commits.
   */
  async forAll(manager: EntityManager, definitions: SignalDefinition[], parameters: DefinitionParameters): Promise<CandidateSet> {
    const runId = randomUUID();
    const sql = new Map(definitions.map((d) => [d, insertInto('signal_run_candidate', [d], true)]));
    // Longest first, as the last full run in this process measured them: the connections then finish together.
    const queue = [...definitions].sort((a, b) => (this.lastDurations.get(b.kind) ?? Infinity) - (this.lastDurations.get(a.kind) ?? Infinity));
    let count = 0;
    const drain = async (on: EntityManager) => {
      try {
        for (let d = queue.shift(); d; d = queue.shift()) {
          const started = Date.now();
          const written = await countWritten(on, sql.get(d)!, [...parameters, runId]);
          this.lastDurations.set(d.kind, Date.now() - started);
          count += written;
        }
      } catch (error) {
        queue.length = 0; // the others stop after the definition in hand
        throw error;
      }
    };
    const helpers = Math.min(this.config.signals.fullRunConnections, databasePoolSize(this.config)) - 1;
    const outcomes = await Promise.allSettled([drain(manager), ...Array.from({ length: helpers }, () => this.onOwnConnection(drain))]);
    const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failure) throw failure.reason;
    return { count, source: `(SELECT kind, ${COLUMNS}, digest FROM signal_run_candidate WHERE run_id = '${runId}')` };
  }

  /** Empties the run table, rows left by failed runs included (in the caller's transaction, after `forAll`). */
  async clear(manager: EntityManager): Promise<void> {
    await manager.query(`TRUNCATE signal_run_candidate`);
  }

  /** Work on a connection of its own, in a transaction it commits; skipped when the pool has none to spare. */
  private async onOwnConnection(work: (manager: EntityManager) => Promise<void>): Promise<void> {
    const runner = this.db.dataSource.createQueryRunner();
    try {
      await runner.connect();
    } catch (error) {
      await runner.release();
      this.logger.event('warn', 'signals.full-run-connection-unavailable', describeError(error));
      return;
    }
    try {
      await runner.startTransaction();
      await runner.query(FULL_RUN_SETTINGS);
      await work(runner.manager);
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }
}

/** One INSERT … SELECT of the definitions' rows, counting what it wrote. The first WITH names the parameters' types, since a single definition may not use them all. */
function insertInto(table: string, definitions: SignalDefinition[], withRunId = false): string {
  const rows = definitions
    .map((d) => `SELECT ${withRunId ? '$4::uuid, ' : ''}'${d.kind}'::text, c.*, ${DIGEST} FROM (${d.sql}) AS c(${COLUMNS})`)
    .join('\nUNION ALL\n');
  return `WITH parameters AS (SELECT $1::uuid[], $2::date, $3::jsonb${withRunId ? ', $4::uuid' : ''}),
          written AS (INSERT INTO ${table} ${rows} RETURNING 1)
          SELECT count(*)::int AS n FROM written`;
}

/** Runs a statement that ends by counting what it wrote (`SELECT count(*)::int AS n`). */
async function countWritten(manager: EntityManager, sql: string, parameters: unknown[] = []): Promise<number> {
  const [{ n }] = await manager.query(sql, parameters);
  return n;
}
