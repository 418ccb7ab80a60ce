import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { Role } from '../libs/access/src';
import { JsonLogger, loadConfig } from '../libs/platform/src';
import { JobRunner } from '../libs/queue/src';
import { aUser } from './support/factories';
import { TcpProxy } from './support/tcp-proxy';
import { eventually, redisUrl, startTestApp, TestApp, TEST_JWT_SECRET, usingEmbeddedDatabase } from './support/test-app';

// The worker is a second process with its own connections: it needs a real PostgreSQL and Redis.
const describeWithServices = (redisUrl() && !usingEmbeddedDatabase()) || process.env.CI === 'true' ? describe : describe.skip;

describeWithServices('apps/worker', () => {
  let api: TestApp;
  let worker: INestApplicationContext;
  // The worker reaches PostgreSQL through a proxy a test can cut; the API reaches it directly.
  let proxy: TcpProxy;

  beforeAll(async () => {
    const database = new URL(process.env.TEST_DATABASE_URL!);
    proxy = new TcpProxy(database.hostname, Number(database.port || 5432));
    await proxy.start();
    const throughProxy = new URL(database.href);
    throughProxy.hostname = '127.0.0.1';
    throughProxy.port = String(proxy.port);
    // The retry budget travels with the job, set by the process that hands it over: 2 attempts 100 ms apart.
    api = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '1', JOB_ATTEMPTS: '2', JOB_BACKOFF_MS: '100' }, { consumeJobs: false });
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      DATABASE_URL: throughProxy.href,
      DATABASE_MIGRATE_ON_START: 'false',
      JOB_ATTEMPTS: '2',
      JOB_BACKOFF_MS: '100',
      REDIS_URL: redisUrl(),
      QUEUE_PREFIX: api.config.redis.queuePrefix,
      JWT_SECRET: TEST_JWT_SECRET,
    });
    worker = await NestFactory.createApplicationContext(WorkerModule.register(config), { logger: new JsonLogger('error') });
    worker.enableShutdownHooks();
  });
  afterAll(async () => {
    if (proxy && !proxy.running) await proxy.start(proxy.port);
    await worker?.close();
    await api?.close();
    await proxy?.cut();
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

  it('holds the jobs it takes while it cannot reach PostgreSQL, without using up their attempts, and runs each once when it can', async () => {
    const admin = await aUser(api, [Role.ADMIN]);
    const target = await aUser(api, [Role.CASE_PRACTITIONER]);
    await proxy.cut();
    await api.gql(`mutation { login(input: { email: "${target.email}", password: "not the right one" }) { accessToken } }`);
    await api.relayJobs();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const [waiting] = await api.dataSource.query(
      `SELECT id, processed_at FROM outbox_job WHERE name = 'security.sign-in-throttled' AND payload->>'userId' = $1`,
      [target.id],
    );
    expect(waiting.processed_at).toBeNull();
    const redis = new IORedis(redisUrl()!, { maxRetriesPerRequest: null });
    const queue = new Queue('jobs', { connection: redis, prefix: api.config.redis.queuePrefix });
    const state = await queue.getJobState(waiting.id).finally(async () => void (await queue.close(), redis.disconnect()));
    // Waiting for the database, not given up after its two attempts.
    expect(state).toBe('delayed');

    await proxy.start(proxy.port);
    const [ran] = await eventually(
      'the worker to run the job once the database is back',
      async () => {
        const rows = await api.dataSource.query(`SELECT processed_at, attempts FROM outbox_job WHERE id = $1`, [waiting.id]);
        return rows[0].processed_at ? rows : undefined;
      },
      30000,
    );
    expect(ran.attempts).toBe(1);
    const result = await api.gql(`{ myNotifications { nodes { kind subjectId } } }`, {}, { token: admin.token });
    expect(result.data.myNotifications.nodes.filter((n: { subjectId: string }) => n.subjectId === target.id)).toHaveLength(1);
  });
});
