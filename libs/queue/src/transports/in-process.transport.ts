import { JsonLogger } from '@waymark/platform';
import { JobRunner } from '../job-runner.service';
import { JobTransport } from './job-transport';

const MAX_ATTEMPTS = 5;

/**
 * The embedded default: jobs run in this process, one at a time, in the order they were relayed,
 * with the same runner (and so the same exactly-once guarantee) as under BullMQ.
 */
export class InProcessTransport implements JobTransport {
  readonly mode = 'in-process' as const;
  private readonly pending: Array<{ id: string; attempt: number }> = [];
  private active?: Promise<void>;
  private closed = false;

  constructor(
    private readonly runner: JobRunner,
    private readonly logger: JsonLogger,
  ) {}

  async dispatch(job: { id: string }): Promise<void> {
    if (this.closed) throw new Error('The job runner is shutting down');
    this.pending.push({ id: job.id, attempt: 1 });
    this.active ??= this.work().finally(() => (this.active = undefined));
  }

  async isUp(): Promise<boolean> {
    return !this.closed;
  }

  /** Finishes the jobs already handed over, then stops. */
  async close(): Promise<void> {
    this.closed = true;
    await this.active;
  }

  private async work(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    for (let next = this.pending.shift(); next; next = this.pending.shift()) {
      try {
        await this.runner.run(next.id);
      } catch {
        if (next.attempt < MAX_ATTEMPTS && !this.closed) {
          const retry = { id: next.id, attempt: next.attempt + 1 };
          setTimeout(() => void this.dispatch(retry).catch(() => undefined), 2 ** next.attempt * 500).unref();
        } else {
          this.logger.event('error', 'job.gave_up', { jobId: next.id, attempts: next.attempt });
        }
      }
    }
  }
}
