import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, APP_CONFIG, describeError, JsonLogger, TransactionalConnection } from '@waymark/platform';
import { JOB_TRANSPORT, JobTransport, OutboxJobRef } from './transports/job-transport';

const BATCH = 100;
/** Handed-over rows compared with the queue per round trip. */
const LOST_BATCH = 500;
const POLL_MS = 2000;

/**
 * Moves committed outbox rows to the transport. Kicked after each commit that enqueued work, and
 * polling as a safety net: a job whose hand-over failed (Redis away) is tried again until it goes.
 * Several processes may relay at once: SKIP LOCKED keeps them off each other's rows.
 *
 * Nothing handed over is lost for good: whenever the transport reconnects (and every sweep), rows
 * the queue no longer holds are handed over again; a row still unprocessed long after its hand-over
 * is run again even if the queue holds its job as failed.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private sweeper?: NodeJS.Timeout;
  private draining?: Promise<void>;
  private again = false;
  private recovering?: Promise<void>;
  private recoverAgain = false;
  private stopped = false;

  constructor(
    private readonly db: TransactionalConnection,
    @Inject(JOB_TRANSPORT) private readonly transport: JobTransport,
    private readonly logger: JsonLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.transport.mode === 'in-process') {
      // In-process hand-overs live in memory: after a restart, run again whatever was handed over
      // but never finished. (The embedded database serves one process, so no one else holds them.)
      await this.db.dataSource.query(`UPDATE outbox_job SET dispatched_at = NULL WHERE processed_at IS NULL AND dispatched_at IS NOT NULL`);
    }
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.timer.unref();
    this.sweeper = setInterval(() => void this.sweep(), this.config.jobs.sweepSeconds * 1000);
    this.sweeper.unref();
    // Redis restarted (perhaps empty) or came back: find what it lost now rather than at the next sweep.
    this.transport.onConnected(() => this.recoverLost('reconnected'));
    this.kick();
  }

  /** Before the database closes: finish the hand-over in progress and the jobs already handed over. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    clearInterval(this.sweeper);
    await this.draining;
    await this.recovering;
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

  /**
   * Rows handed over more than OUTBOX_REDELIVER_AFTER_SECONDS ago and still unprocessed: a job the queue
   * lost is handed over again, and one it holds as failed (its attempts used up) or completed is retried,
   * since adding the same job id again would do nothing. A job still waiting or running is left alone and
   * looked at again after the same interval. Returns how many were put back on the queue.
   */
  async redeliverStale(): Promise<number> {
    let requeued = 0;
    for (;;) {
      const batch = await this.db.dataSource.transaction(async (manager) => {
        const rows: OutboxJobRef[] = await manager.query(
          `SELECT id, name FROM outbox_job
            WHERE processed_at IS NULL AND dispatched_at < now() - make_interval(secs => $1)
            ORDER BY dispatched_at, id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
          [this.config.jobs.redeliverAfterSeconds],
        );
        const looked: string[] = [];
        const again: string[] = [];
        for (const row of rows) {
          try {
            if ((await this.transport.redeliver(row)) === 'requeued') again.push(row.id);
            looked.push(row.id);
          } catch (error) {
            this.logger.event('warn', 'outbox.redeliver_deferred', { jobId: row.id, ...describeError(error) });
            break;
          }
        }
        if (looked.length) await manager.query(`UPDATE outbox_job SET dispatched_at = now() WHERE id = ANY($1::uuid[])`, [looked]);
        if (again.length) this.logger.event('warn', 'outbox.redelivered', { count: again.length, jobIds: again.slice(0, 20) });
        return { requeued: again.length, full: rows.length === BATCH && looked.length === rows.length };
      });
      requeued += batch.requeued;
      if (!batch.full) return requeued;
    }
  }

  /**
   * Compares the rows handed over and not yet processed with what the queue holds, and hands over again
   * those it no longer has (a Redis restarted without its data). Returns how many.
   */
  async requeueLost(): Promise<number> {
    if (this.transport.mode === 'in-process') return 0;
    let lost = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: Array<{ id: string }> = await this.db.dataSource.query(
        `SELECT id FROM outbox_job WHERE processed_at IS NULL AND dispatched_at IS NOT NULL AND id > $1 ORDER BY id LIMIT ${LOST_BATCH}`,
        [after],
      );
      const missing = await this.transport.missing(rows.map((row) => row.id));
      if (missing.length) {
        // A row handed over again meanwhile, or processed, is left as it is; a second hand-over would be harmless anyway.
        const [, count] = await this.db.dataSource.query(`UPDATE outbox_job SET dispatched_at = NULL WHERE id = ANY($1::uuid[]) AND processed_at IS NULL`, [
          missing,
        ]);
        lost += count;
      }
      if (rows.length < LOST_BATCH) break;
      after = rows[rows.length - 1].id;
    }
    if (lost) {
      this.logger.event('warn', 'outbox.lost_jobs_requeued', { count: lost });
      this.kick();
    }
    return lost;
  }

  private async sweep(): Promise<void> {
    try {
      await this.redeliverStale();
    } catch (error) {
      this.logger.event('warn', 'outbox.sweep_failed', describeError(error));
    }
    this.recoverLost('sweep');
    await this.recovering;
  }

  /** One comparison at a time; a reconnection during one is followed by another. Never throws. */
  private recoverLost(trigger: 'reconnected' | 'sweep'): void {
    if (this.stopped) return;
    if (this.recovering) {
      this.recoverAgain = true;
      return;
    }
    this.recovering = this.requeueLost()
      .then(() => undefined)
      .catch((error) => this.logger.event('warn', 'outbox.lost_check_failed', { trigger, ...describeError(error) }))
      .finally(() => {
        this.recovering = undefined;
        if (this.recoverAgain && !this.stopped) {
          this.recoverAgain = false;
          this.recoverLost(trigger);
        }
      });
  }

  private async drain(): Promise<void> {
    for (;;) {
      const handed = await this.db.dataSource.transaction(async (manager) => {
        const rows: OutboxJobRef[] = await manager.query(
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
