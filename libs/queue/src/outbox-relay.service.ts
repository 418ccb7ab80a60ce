import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { describeError, JsonLogger, TransactionalConnection } from '@waymark/platform';
import { JOB_TRANSPORT, JobTransport } from './transports/job-transport';

const BATCH = 100;
const POLL_MS = 2000;
const SWEEP_EVERY_MS = 60_000;
/** A job handed over this long ago and still unprocessed is handed over again (BullMQ ignores a duplicate id). */
const REDELIVER_AFTER = '15 minutes';

/**
 * Moves committed outbox rows to the transport. Kicked after each commit that enqueued work, and
 * polling as a safety net: a job whose hand-over failed (Redis away) is tried again until it goes.
 * Several processes may relay at once: SKIP LOCKED keeps them off each other's rows.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private sweeper?: NodeJS.Timeout;
  private draining?: Promise<void>;
  private again = false;
  private stopped = false;

  constructor(
    private readonly db: TransactionalConnection,
    @Inject(JOB_TRANSPORT) private readonly transport: JobTransport,
    private readonly logger: JsonLogger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.transport.mode === 'in-process') {
      // In-process hand-overs live in memory: after a restart, run again whatever was handed over
      // but never finished. (The embedded database serves one process, so no one else holds them.)
      await this.db.dataSource.query(`UPDATE outbox_job SET dispatched_at = NULL WHERE processed_at IS NULL AND dispatched_at IS NOT NULL`);
    }
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.timer.unref();
    this.sweeper = setInterval(
      () => void this.redeliverStale().catch((error) => this.logger.event('warn', 'outbox.sweep_failed', describeError(error))),
      SWEEP_EVERY_MS,
    );
    this.sweeper.unref();
    this.kick();
  }

  /** Before the database closes: finish the hand-over in progress and the jobs already handed over. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    clearInterval(this.sweeper);
    await this.draining;
    await this.transport.close();
  }

  /** Never throws and never blocks the caller. */
  kick(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain()
      .catch((error) => this.logger.event('warn', 'outbox.relay_failed', describeError(error)))
      .finally(() => {
        this.draining = undefined;
        if (this.again && !this.stopped) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Resolves once every row committed before the call has been handed over (or the transport refused). */
  async flush(): Promise<void> {
    this.kick();
    while (this.draining) await this.draining;
  }

  /** Covers a Redis that lost its data (restart without persistence) after accepting a job. */
  async redeliverStale(): Promise<number> {
    const [, count] = await this.db.dataSource.query(
      `UPDATE outbox_job SET dispatched_at = NULL
       WHERE processed_at IS NULL AND dispatched_at < now() - interval '${REDELIVER_AFTER}'`,
    );
    if (count) this.kick();
    return count;
  }

  private async drain(): Promise<void> {
    for (;;) {
      const handed = await this.db.dataSource.transaction(async (manager) => {
        const rows: Array<{ id: string; name: string }> = await manager.query(
          `SELECT id, name FROM outbox_job WHERE dispatched_at IS NULL AND processed_at IS NULL
           ORDER BY created_at, id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        );
        const done: string[] = [];
        for (const row of rows) {
          try {
            await this.transport.dispatch(row);
            done.push(row.id);
          } catch (error) {
            this.logger.event('warn', 'outbox.dispatch_deferred', { jobId: row.id, ...describeError(error) });
            break;
          }
        }
        if (done.length) await manager.query(`UPDATE outbox_job SET dispatched_at = now() WHERE id = ANY($1::uuid[])`, [done]);
        return { done: done.length, full: rows.length === BATCH && done.length === rows.length };
      });
      if (!handed.full) return;
    }
  }
}
