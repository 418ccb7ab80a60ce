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
  /** How many connections wrote them. */
  connections: number;
  /** A full run's key in signal_run_candidate; null for a few families (a temporary table). */
  runId: string | null;
}

/** The parameters every definition reads: the families ($1, null for all), the evaluation date ($2), the thresholds ($3). */
export type DefinitionParameters = [familyIds: string[] | null, asOf: string, thresholds: string];

/**
 * JIT compilation costs more than it saves on these statements. A full run joins whole tables, where
 * hash joins are right and a misestimated nested loop would be quadratic.
 */
export const FULL_RUN_SETTINGS = `SET LOCAL jit = off; SET LOCAL enable_nestloop = off; SET LOCAL work_mem = '64MB'`;

/**
 * The other connections only read the tables (and write their own rows to the run table): a wait
 * for a lock means something holds a table exclusively, perhaps the caller's own transaction, which
 * waits for them. They fail rather than wait for ever.
 */
const OTHER_CONNECTION_SETTINGS = `${FULL_RUN_SETTINGS}; SET LOCAL lock_timeout = '60s'`;

const COLUMNS = 'family_id, subject_key, person_ids, severity, evidence, facts';

/** PostgreSQL's code for a lock wait that ran out of lock_timeout. */
const LOCK_NOT_AVAILABLE = '55P03';

/**
 * A signal's content in one value (of the row `alias`: a candidate, or a held signal): a held signal
 * with the same digest holds just as before. Content changed by anything but the merge must set the
 * held digest to NULL, or the merge will not see the change.
 */
export const contentDigest = (alias: string) =>
  `md5(concat_ws('|', ${alias}.severity, ${alias}.person_ids::text, ${alias}.evidence::text, ${alias}.facts::text))`;

/**
 * Runs the signal definitions and writes what they find, the same SQL for a few families and for all.
 *
 * A few families: one statement into a temporary table (planning twelve definitions once is most of
 * their cost). All families: one statement per definition, spread over SIGNALS_FULL_RUN_CONNECTIONS
 * connections that each take the next definition until none is left, into the shared run table. The
 * caller's transaction is one of them and the others commit their own, so each statement reads the
 * data as of its own start, as every statement of a full run always has; a family written meanwhile
 * is evaluated again by its own incremental run, which waits for the full run to finish. The other
 * connections cannot see what the caller's transaction has written and not committed: a full run
 * must not follow writes to the records signals read in the same transaction.
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
    return { count, source: 'pg_temp.signal_candidate', connections: 1, runId: null };
  }

  /**
   * Every family. The caller's transaction must hold the signals lock and have FULL_RUN_SETTINGS in
   * force, and must call `clear` once it has merged the candidates.
   */
  async forAll(manager: EntityManager, definitions: SignalDefinition[], parameters: DefinitionParameters): Promise<CandidateSet> {
    const runId = randomUUID();
    // Rows that a failed run's other connections had committed: no other run is under way (the caller holds the lock).
    await manager.query(`DELETE FROM signal_run_candidate`);
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
    let connections = 1;
    const helped = async (on: EntityManager) => {
      connections += 1;
      await drain(on);
    };
    const others = (await this.connectionsFor(manager)) - 1;
    const outcomes = await Promise.allSettled([drain(manager), ...Array.from({ length: others }, () => this.onOwnConnection(helped))]);
    const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failure) throw failure.reason;
    return { count, source: `(SELECT kind, ${COLUMNS}, digest FROM signal_run_candidate WHERE run_id = '${runId}')`, connections, runId };
  }

  /**
   * Empties the run table (in the caller's transaction, after the merge). TRUNCATE is instant and
   * leaves no dead rows, but its exclusive lock waits for anyone reading the table (a backup) while
   * this run holds the signals lock: after a second the run deletes its own rows instead.
   */
  async clear(manager: EntityManager, found: CandidateSet): Promise<void> {
    if (!found.runId) return;
    await manager.query(`SAVEPOINT signal_run_clear`);
    try {
      await manager.query(`SET LOCAL lock_timeout = '1s'; TRUNCATE signal_run_candidate`);
      await manager.query(`RELEASE SAVEPOINT signal_run_clear; SET LOCAL lock_timeout TO DEFAULT`);
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code !== LOCK_NOT_AVAILABLE) throw error;
      await manager.query(`ROLLBACK TO SAVEPOINT signal_run_clear`);
      await manager.query(`DELETE FROM signal_run_candidate WHERE run_id = $1`, [found.runId]);
    }
  }

  /**
   * The configured connections, within the pool. One alone when the caller's transaction is not READ
   * COMMITTED (its merge would not see the rows the others commit), or already holds the run table
   * exclusively (an earlier full run in the same transaction truncated it: the others would wait on it).
   */
  private async connectionsFor(manager: EntityManager): Promise<number> {
    const [{ isolation, holdsTable }] = await manager.query(
      `SELECT current_setting('transaction_isolation') AS isolation,
              EXISTS (SELECT 1 FROM pg_locks WHERE pid = pg_backend_pid() AND relation = 'signal_run_candidate'::regclass
                                              AND mode = 'AccessExclusiveLock') AS "holdsTable"`,
    );
    if (isolation !== 'read committed' || holdsTable) return 1;
    return Math.min(this.config.signals.fullRunConnections, databasePoolSize(this.config));
  }

  /**
   * Work on a connection of its own, in a transaction it commits. Skipped, with a warning, when the
   * pool has no connection to spare within its connection timeout: the other connections do its share.
   */
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
      await runner.query(OTHER_CONNECTION_SETTINGS);
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
    .map((d) => `SELECT ${withRunId ? '$4::uuid, ' : ''}'${d.kind}'::text, c.*, ${contentDigest('c')} FROM (${d.sql}) AS c(${COLUMNS})`)
    .join('\nUNION ALL\n');
  return `WITH parameters AS (SELECT $1::uuid[], $2::date, $3::jsonb${withRunId ? ', $4::uuid' : ''}),
          written AS (INSERT INTO ${table} ${rows} RETURNING 1)
          SELECT count(*)::int AS n FROM written`;
}

/** Runs a statement that ends by counting what it wrote (`SELECT count(*)::int AS n`). */
async function countWritten(manager: EntityManager, sql: string, parameters: unknown[]): Promise<number> {
  const [{ n }] = await manager.query(sql, parameters);
  return n;
}
