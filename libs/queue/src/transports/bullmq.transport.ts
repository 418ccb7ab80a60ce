import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { JsonLogger } from '@waymark/platform';
import { RetryPolicy } from '../retry-policy';
import { JobTransport, OutboxJobRef, Redelivery } from './job-transport';

export const QUEUE_NAME = 'jobs';

export function redisConnection(url: string, forWorker: boolean): IORedis {
  return new IORedis(url, {
    // BullMQ workers need blocking commands to wait indefinitely; producers must fail fast so that
    // a job stays in the outbox instead of waiting in an in-memory offline queue.
    maxRetriesPerRequest: forWorker ? null : 1,
    enableOfflineQueue: forWorker,
    connectTimeout: 2000,
    // The relay calls Redis inside a database transaction: a hung Redis must not hold it.
    commandTimeout: forWorker ? undefined : 5000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
}

/** Hands outbox jobs to BullMQ with the outbox id as job id, so a re-relayed job is not added twice. */
export class BullmqTransport implements JobTransport {
  readonly mode = 'bullmq' as const;
  private readonly connection: IORedis;
  private readonly queue: Queue;

  constructor(
    url: string,
    prefix: string,
    private readonly policy: RetryPolicy,
    logger: JsonLogger,
  ) {
    this.connection = redisConnection(url, false);
    this.connection.on('error', (error) => logger.event('warn', 'queue.redis_error', { error: error.message }));
    this.queue = new Queue(QUEUE_NAME, { connection: this.connection, prefix });
    this.queue.on('error', (error) => logger.event('warn', 'queue.error', { error: error.message }));
  }

  async dispatch(job: OutboxJobRef): Promise<void> {
    await this.queue.add(
      job.name,
      { outboxId: job.id },
      {
        jobId: job.id,
        attempts: this.policy.attempts,
        backoff: { type: 'exponential', delay: this.policy.backoffMs },
        removeOnComplete: { age: 7 * 24 * 3600 },
        removeOnFail: { age: 30 * 24 * 3600 },
      },
    );
  }

  async redeliver(job: OutboxJobRef): Promise<Redelivery> {
    const held = await this.queue.getJob(job.id);
    if (!held) {
      await this.dispatch(job);
      return 'requeued';
    }
    // Adding the same id again would do nothing: a failed or completed job has to be retried to run again.
    const state = await held.getState();
    if (state !== 'failed' && state !== 'completed') return 'still-queued';
    await held.retry(state, { resetAttemptsMade: true, resetAttemptsStarted: true });
    return 'requeued';
  }

  async missing(ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    // Every job BullMQ holds, in whatever state, has its hash at prefix:jobs:<id>.
    const pipeline = this.connection.pipeline();
    for (const id of ids) pipeline.exists(this.queue.toKey(id));
    const results = (await pipeline.exec()) ?? [];
    return ids.filter((_, i) => {
      const [error, exists] = results[i] ?? [new Error('no reply')];
      if (error) throw error;
      return exists === 0;
    });
  }

  onConnected(listener: () => void): void {
    this.connection.on('ready', listener);
  }

  async isUp(): Promise<boolean> {
    try {
      // Just started or reconnecting: give the connection a moment to become ready.
      if (this.connection.status !== 'ready') {
        await Promise.race([new Promise((resolve) => this.connection.once('ready', resolve)), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
      }
      return (await this.connection.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.queue.close().catch(() => undefined);
    this.connection.disconnect();
  }
}
