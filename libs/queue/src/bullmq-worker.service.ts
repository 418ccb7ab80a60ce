import { BeforeApplicationShutdown, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DelayedError, Job, Worker } from 'bullmq';
import { databaseUnavailableReason, JsonLogger } from '@waymark/platform';
import { JobRunner } from './job-runner.service';
import { databaseWaitMs, RetryPolicy } from './retry-policy';
import { QUEUE_NAME, redisConnection } from './transports/bullmq.transport';

/** Consumes the BullMQ queue (apps/worker). Closing waits for the jobs in hand to finish. */
@Injectable()
export class BullmqWorkerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private worker?: Worker;
  private connection?: ReturnType<typeof redisConnection>;

  constructor(
    private readonly runner: JobRunner,
    private readonly logger: JsonLogger,
    private readonly options: { url: string; prefix: string; concurrency: number; retry: RetryPolicy },
  ) {}

  onApplicationBootstrap(): void {
    const connection = (this.connection = redisConnection(this.options.url, true));
    connection.on('error', (error) => this.logger.event('warn', 'worker.redis_error', { error: error.message }));
    this.worker = new Worker(QUEUE_NAME, (job, token) => this.process(job, token), {
      connection,
      prefix: this.options.prefix,
      concurrency: this.options.concurrency,
    });
    this.worker.on('error', (error) => this.logger.event('warn', 'worker.error', { error: error.message }));
  }

  /** Before the database closes: waits for the jobs in hand to finish. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    // BullMQ leaves connections it was given open.
    this.connection?.disconnect();
  }

  private async process(job: Job<{ outboxId: string }>, token?: string): Promise<void> {
    try {
      await this.runner.run(job.data.outboxId);
    } catch (error) {
      if (!token || !databaseUnavailableReason(error)) throw error;
      // The database is away: not the job's fault. It waits (delayed, its attempts untouched) and tries again,
      // however long the outage lasts. attemptsStarted counts this try; attemptsMade only real failures.
      const waits = Math.max(0, job.attemptsStarted - job.attemptsMade - 1);
      await job.moveToDelayed(Date.now() + databaseWaitMs(this.options.retry, waits), token);
      throw new DelayedError();
    }
  }
}
