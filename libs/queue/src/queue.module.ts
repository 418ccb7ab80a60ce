import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG, JsonLogger, QUEUE_HEALTH } from '@waymark/platform';
import { BullmqWorkerService } from './bullmq-worker.service';
import { JobOutbox } from './job-outbox.service';
import { JobRunner } from './job-runner.service';
import { JobScheduler } from './job-scheduler.service';
import { OutboxJobEntity } from './outbox-job.entity';
import { OutboxRelay } from './outbox-relay.service';
import { QueueHealthService } from './queue-health.service';
import { RetryPolicy } from './retry-policy';
import { BullmqTransport } from './transports/bullmq.transport';
import { InProcessTransport } from './transports/in-process.transport';
import { JOB_TRANSPORT, JobTransport } from './transports/job-transport';

const retryPolicy = (config: AppConfig): RetryPolicy => ({ attempts: config.jobs.attempts, backoffMs: config.jobs.backoffMs });

export interface QueueModuleOptions {
  /** Consume BullMQ jobs in this process (apps/worker; or tests). In-process mode always runs them. */
  consumeBullmq: boolean;
}

/**
 * Background jobs through a transactional outbox. With REDIS_URL: BullMQ, consumed by apps/worker.
 * Without: an in-process runner in the API. Processors are the same either way.
 */
@Global()
@Module({})
export class QueueModule {
  static forRoot(options: QueueModuleOptions): DynamicModule {
    return {
      module: QueueModule,
      imports: [DiscoveryModule, TypeOrmModule.forFeature([OutboxJobEntity])],
      providers: [
        JobRunner,
        JobOutbox,
        OutboxRelay,
        JobScheduler,
        { provide: QUEUE_HEALTH, useClass: QueueHealthService },
        {
          provide: JOB_TRANSPORT,
          inject: [APP_CONFIG, JobRunner, JsonLogger],
          useFactory: (config: AppConfig, runner: JobRunner, logger: JsonLogger): JobTransport =>
            config.redis.url
              ? new BullmqTransport(config.redis.url, config.redis.queuePrefix, retryPolicy(config), logger)
              : new InProcessTransport(runner, retryPolicy(config), logger),
        },
        {
          provide: BullmqWorkerService,
          inject: [APP_CONFIG, JobRunner, JsonLogger],
          useFactory: (config: AppConfig, runner: JobRunner, logger: JsonLogger) =>
            config.redis.url && options.consumeBullmq
              ? new BullmqWorkerService(runner, logger, {
                  url: config.redis.url,
                  prefix: config.redis.queuePrefix,
                  concurrency: 4,
                  retry: retryPolicy(config),
                })
              : null,
        },
      ],
      exports: [JobOutbox, JobRunner, OutboxRelay, JobScheduler, QUEUE_HEALTH],
    };
  }
}
