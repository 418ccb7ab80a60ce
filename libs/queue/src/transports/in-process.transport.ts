import { databaseUnavailableReason, JsonLogger } from '@waymark/platform';
import { JobRunner } from '../job-runner.service';
import { backoffMs, databaseWaitMs, RetryPolicy } from '../retry-policy';
import { JobTransport, OutboxJobRef, Redelivery } from './job-transport';

interface InHand {
  id: string;
  /** Counts tries that failed for a reason of the job's own; the database being away is not one. */
  attempt: number;
  /** Tries in a row that found the database unreachable. */
  waits: number;
}

/**
 * The embedded default: jobs run in this process, one at a time, in the order they were relayed,
 * with the same runner (and so the same exactly-once guarantee) as under BullMQ.
 */
export class InProcessTransport implements JobTransport {
  readonly mode = 'in-process' as const;
  private readonly pending: InHand[] = [];
  /** Every job waiting, running or waiting to be tried again: a redelivery of one of them would only run it twice. */
  private readonly inHand = new Set<string>();
  private active?: Promise<void>;
  private closed = false;

  constructor(
    private readonly runner: JobRunner,
    private readonly policy: RetryPolicy,
    private readonly logger: JsonLogger,
  ) {}

  async dispatch(job: OutboxJobRef): Promise<void> {
    if (this.closed) throw new Error('The job runner is shutting down');
    if (this.inHand.has(job.id)) return;
    this.inHand.add(job.id);
    this.enqueue({ id: job.id, attempt: 1, waits: 0 });
  }

  async redeliver(job: OutboxJobRef): Promise<Redelivery> {
    if (this.inHand.has(job.id)) return 'still-queued';
    await this.dispatch(job);
    return 'requeued';
  }

  /** Memory loses nothing while the process runs (a restart hands unfinished jobs over again). */
  async missing(): Promise<string[]> {
    return [];
  }

  onConnected(): void {}

  async isUp(): Promise<boolean> {
    return !this.closed;
  }

  /** Finishes the jobs already handed over, then stops (jobs waiting to be tried again run after the next start). */
  async close(): Promise<void> {
    this.closed = true;
    await this.active;
  }

  private enqueue(job: InHand): void {
    this.pending.push(job);
    this.active ??= this.work().finally(() => (this.active = undefined));
  }

  private tryAgainLater(job: InHand, delayMs: number): void {
    setTimeout(() => (this.closed ? this.inHand.delete(job.id) : this.enqueue(job)), delayMs).unref();
  }

  private async work(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    for (let next = this.pending.shift(); next; next = this.pending.shift()) {
      try {
        await this.runner.run(next.id);
        this.inHand.delete(next.id);
      } catch (error) {
        if (this.closed) {
          this.inHand.delete(next.id);
        } else if (databaseUnavailableReason(error)) {
          this.tryAgainLater({ ...next, waits: next.waits + 1 }, databaseWaitMs(this.policy, next.waits));
        } else if (next.attempt < this.policy.attempts) {
          this.tryAgainLater({ ...next, attempt: next.attempt + 1, waits: 0 }, backoffMs(this.policy, next.attempt));
        } else {
          this.inHand.delete(next.id);
          // The outbox row stays unprocessed: the relay's redelivery tries it again later.
          this.logger.event('error', 'job.gave_up', { jobId: next.id, attempts: next.attempt });
        }
      }
    }
  }
}
