import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { Role } from '../libs/access/src';
import { JsonLogger, loadConfig } from '../libs/platform/src';
import { JobRunner } from '../libs/queue/src';
import { aUser } from './support/factories';
import { eventually, redisUrl, startTestApp, TestApp, TEST_JWT_SECRET, usingEmbeddedDatabase } from './support/test-app';

// The worker is a second process with its own connections: it needs a real PostgreSQL and Redis.
const describeWithServices = (redisUrl() && !usingEmbeddedDatabase()) || process.env.CI === 'true' ? describe : describe.skip;

describeWithServices('apps/worker', () => {
  let api: TestApp;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    api = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '1' }, { consumeJobs: false });
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      DATABASE_URL: process.env.TEST_DATABASE_URL,
      DATABASE_MIGRATE_ON_START: 'false',
      REDIS_URL: redisUrl(),
      QUEUE_PREFIX: api.config.redis.queuePrefix,
      JWT_SECRET: TEST_JWT_SECRET,
    });
    worker = await NestFactory.createApplicationContext(WorkerModule.register(config), { logger: new JsonLogger('error') });
    worker.enableShutdownHooks();
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('runs the jobs the API puts on the queue (the API itself does not consume them)', async () => {
    const admin = await aUser(api, [Role.ADMIN]);
    const target = await aUser(api, [Role.PERPETRATOR_WORKER]);
    await api.gql(`mutation { login(input: { email: "${target.email}", password: "not the right one" }) { accessToken } }`);

    const notification = await eventually('the worker to notify the administrator', async () => {
      const result = await api.gql(`{ myNotifications { nodes { kind subjectId } } }`, {}, { token: admin.token });
      return result.data.myNotifications.nodes.find((n: { subjectId: string }) => n.subjectId === target.id);
    });
    expect(notification.kind).toBe('SIGN_IN_THROTTLED');
  });

  it('has a processor for every job the API schedules, such as the morning chase of overdue actions', () => {
    expect(worker.get(JobRunner).jobNames()).toEqual(api.app.get(JobRunner).jobNames());
    expect(worker.get(JobRunner).jobNames()).toContain('actions.chase-overdue');
  });
});
