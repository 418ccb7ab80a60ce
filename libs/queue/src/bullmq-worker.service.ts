import { BeforeApplicationShutdown, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Worker } from 'bullmq';
import { JsonLogger } from '@waymark/platform';
import { JobRunner } from './job-runner.service';
import { QUEUE_NAME, redisConnection } from './transports/bullmq.transport';

/** Consumes the BullMQ queue (apps/worker). Closing waits for the jobs in hand to finish. */
@Injectable()
export class BullmqWorkerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private worker?: Worker;
  private connection?: ReturnType<typeof redisConnection>;

  constructor(
    private readonly runner: JobRunner,
    private readonly logger: JsonLogger,
    private readonly options: { url: string; prefix: string; concurrency: number },
  ) {}

  onApplicationBootstrap(): void {
    const connection = (this.connection = redisConnection(this.options.url, true));
    connection.on('error', (error) => this.logger.event('warn', 'worker.redis_error', { error: error.message }));
    this.worker = new Worker(QUEUE_NAME, async (job) => void (await this.runner.run(job.data.outboxId)), {
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
}
