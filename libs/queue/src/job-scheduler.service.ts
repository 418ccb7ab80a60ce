import { createHash } from 'node:crypto';
import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, APP_CONFIG, describeError, JsonLogger, TransactionalConnection } from '@waymark/platform';
import { OutboxRelay } from './outbox-relay.service';

export interface Schedule {
  /** The job name (a @JobProcessor). */
  name: string;
  /** One run per period, e.g. a day. */
  everyMs: number;
  /** Where in the period the run falls, e.g. 02:00 UTC for a daily job is 2 hours. */
  offsetMs?: number;
}

const CHECK_EVERY_MS = 60_000;

/**
 * Recurring jobs through the same outbox as every other job. Each run of a schedule has a
 * deterministic outbox id (from the name and the period), so however many processes tick, and
 * however often, each run is written once and runs once.
 */
@Injectable()
export class JobScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly schedules: Schedule[] = [];
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly db: TransactionalConnection,
    private readonly relay: OutboxRelay,
    private readonly logger: JsonLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  register(schedule: Schedule): void {
    if (!this.schedules.some((s) => s.name === schedule.name)) this.schedules.push(schedule);
  }

  onApplicationBootstrap(): void {
    if (!this.config.schedulerEnabled) return;
    this.timer = setInterval(() => void this.tick().catch((error) => this.logger.event('warn', 'scheduler.tick_failed', describeError(error))), CHECK_EVERY_MS);
    this.timer.unref();
    void this.tick().catch((error) => this.logger.event('warn', 'scheduler.tick_failed', describeError(error)));
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Writes the current run of every schedule that has not been written yet; returns how many were new. */
  async tick(now = new Date()): Promise<number> {
    let written = 0;
    for (const schedule of this.schedules) {
      const period = Math.floor((now.getTime() - (schedule.offsetMs ?? 0)) / schedule.everyMs);
      const rows = await this.db.dataSource.query(`INSERT INTO outbox_job (id, name, payload) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING RETURNING id`, [
        runId(schedule.name, period),
        schedule.name,
        JSON.stringify({ scheduledFor: new Date(period * schedule.everyMs + (schedule.offsetMs ?? 0)).toISOString() }),
      ]);
      written += rows.length;
    }
    if (written) this.relay.kick();
    return written;
  }
}

/** A UUID derived from the schedule and the period (name-based, in the style of UUID v5). */
export function runId(name: string, period: number): string {
  const hex = createHash('sha256').update(`${name}|${period}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
