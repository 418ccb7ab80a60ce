export * from './job-handler';
export * from './job-outbox.service';
export * from './job-runner.service';
export * from './outbox-job.entity';
export * from './outbox-relay.service';
export * from './queue.module';
export * from './job-scheduler.service';
