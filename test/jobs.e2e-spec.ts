import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { Role } from '../libs/access/src';
import { JobRunner, OutboxRelay } from '../libs/queue/src';
import { JOB_TRANSPORT, JobTransport } from '../libs/queue/src/transports/job-transport';
import { aUser, SignedInUser } from './support/factories';
import { TcpProxy } from './support/tcp-proxy';
import { eventually, redisUrl, startTestApp, TestApp } from './support/test-app';

const MY_NOTIFICATIONS = `{ myNotifications(first: 50) { nodes { id kind title body subjectId } } }`;

async function failSignInTwice(t: TestApp, email: string): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await t.gql(`mutation { login(input: { email: "${email}", password: "definitely wrong ${i}" }) { accessToken } }`);
  }
}

async function throttleJobFor(t: TestApp, userId: string): Promise<{ id: string; dispatched_at: Date | null; processed_at: Date | null }> {
  const [job] = await t.dataSource.query(
    `SELECT id, dispatched_at, processed_at FROM outbox_job WHERE name = 'security.sign-in-throttled' AND payload->>'userId' = $1`,
    [userId],
  );
  return job;
}

/** Outbox rows for the throttling of these accounts, as the relay leaves them once handed to the queue. */
async function throttleJobsHandedOver(t: TestApp, userIds: string[], name = 'security.sign-in-throttled'): Promise<Array<{ id: string; name: string }>> {
  return t.dataSource.query(
    `INSERT INTO outbox_job (name, payload, dispatched_at)
     SELECT $1, jsonb_build_object('userId', u, 'at', now()), now() FROM unnest($2::uuid[]) AS u RETURNING id, name`,
    [name, userIds],
  );
}

/** How each job ended: runs counted in attempts, and the notifications it wrote for `admin`. */
async function outcomes(t: TestApp, jobIds: string[], admin: SignedInUser) {
  return t.dataSource.query(
    `SELECT j.id, j.processed_at IS NOT NULL AS processed, j.attempts,
            (SELECT count(*)::int FROM notification n WHERE n.source_job_id = j.id AND n.recipient_user_id = $2) AS notified
       FROM outbox_job j WHERE j.id = ANY($1::uuid[]) ORDER BY j.id`,
    [jobIds, admin.id],
  ) as Promise<Array<{ id: string; processed: boolean; attempts: number; notified: number }>>;
}

/** The test app's BullMQ queue, on a connection of its own. */
function theQueue(t: TestApp, url = t.config.redis.url!): { queue: Queue; redis: IORedis; close(): Promise<void> } {
  const redis = new IORedis(url, { maxRetriesPerRequest: null });
  const queue = new Queue('jobs', { connection: redis, prefix: t.config.redis.queuePrefix });
  return { queue, redis, close: async () => void (await queue.close(), redis.disconnect()) };
}

function throughProxy(url: string, proxy: TcpProxy): string {
  const proxied = new URL(url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(proxy.port);
  return proxied.href;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function notificationsAbout(t: TestApp, admin: SignedInUser, userId: string) {
  const result = await t.gql(MY_NOTIFICATIONS, {}, { token: admin.token });
  return result.data.myNotifications.nodes.filter((n: { subjectId: string }) => n.subjectId === userId);
}

describe('Background jobs through the outbox', () => {
  let t: TestApp;
  let admin: SignedInUser;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '2' });
    admin = await aUser(t, [Role.ADMIN]);
  });
  afterAll(() => t.close());

  it('an account being throttled notifies administrators, once, and a redelivered job does nothing', async () => {
    const target = await aUser(t, [Role.CASE_PRACTITIONER]);
    await failSignInTwice(t, target.email);

    const delivered = await eventually('the notification', async () => {
      const found = await notificationsAbout(t, admin, target.id);
      return found.length ? found : undefined;
    });
    expect(delivered).toEqual([expect.objectContaining({ kind: 'SIGN_IN_THROTTLED', title: 'Sign-ins paused after repeated failures' })]);
    expect(delivered[0].body).toMatch(/repeated failed sign-in attempts/);

    // Deliver the same outbox row again, through the relay and directly: nothing more happens.
    const job = await throttleJobFor(t, target.id);
    expect(job.processed_at).not.toBeNull();
    await t.dataSource.query(`UPDATE outbox_job SET dispatched_at = NULL WHERE id = $1`, [job.id]);
    await t.relayJobs();
    expect(await t.app.get(JobRunner).run(job.id)).toBe('already-processed');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await notificationsAbout(t, admin, target.id)).toHaveLength(1);
  });

  it('a job handed over long ago but never processed is handed over again', async () => {
    const target = await aUser(t, [Role.MEETING_CHAIR]);
    await failSignInTwice(t, target.email);
    const job = await eventually('the job to run', async () => {
      const found = await throttleJobFor(t, target.id);
      return found?.processed_at ? found : undefined;
    });
    // As if Redis had accepted the job and then lost it before anyone ran it.
    await t.dataSource.query(`UPDATE outbox_job SET processed_at = NULL, dispatched_at = now() - interval '1 hour' WHERE id = $1`, [job.id]);
    await t.dataSource.query(`DELETE FROM notification WHERE source_job_id = $1`, [job.id]);
    if (t.config.redis.url) {
      const connection = new IORedis(t.config.redis.url, { maxRetriesPerRequest: null });
      const queue = new Queue('jobs', { connection, prefix: t.config.redis.queuePrefix });
      expect(await queue.remove(job.id)).toBe(1);
      await queue.close();
      connection.disconnect();
    }
    expect(await t.app.get(OutboxRelay).redeliverStale()).toBeGreaterThanOrEqual(1);
    await eventually('the job to run again', async () => (await throttleJobFor(t, target.id)).processed_at);
    expect(await notificationsAbout(t, admin, target.id)).toHaveLength(1);
  });

  it('a notification can be marked read, only by its recipient', async () => {
    const [first] = (await t.gql(MY_NOTIFICATIONS, {}, { token: admin.token })).data.myNotifications.nodes;
    const someoneElse = await aUser(t, [Role.ADMIN]);
    const stolen = await t.gql(`mutation ($id: ID!) { markNotificationRead(id: $id) { id } }`, { id: first.id }, { token: someoneElse.token });
    expect(stolen.errors![0].extensions.code).toBe('NOT_FOUND');
    const read = await t.gql(`mutation ($id: ID!) { markNotificationRead(id: $id) { readAt } }`, { id: first.id }, { token: admin.token });
    expect(read.data.markNotificationRead.readAt).not.toBeNull();
  });
});

describe('Jobs while the database cannot be reached for longer than their retry budget (PostgreSQL behind a proxy)', () => {
  let t: TestApp;
  let admin: SignedInUser;
  let proxy: TcpProxy;

  beforeAll(async () => {
    const target = new URL(process.env.TEST_DATABASE_URL!);
    proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.start();
    // A retry budget of 2 attempts 100 ms apart: any outage in this test is many times longer.
    t = await startTestApp({ DATABASE_URL: throughProxy(target.href, proxy), JOB_ATTEMPTS: '2', JOB_BACKOFF_MS: '100', LOG_LEVEL: 'error' });
    admin = await aUser(t, [Role.ADMIN]);
  });
  afterAll(async () => {
    if (!proxy.running) await proxy.start(proxy.port);
    await t.close();
    await proxy.cut();
  });

  it('jobs in the queue when PostgreSQL goes away wait for it, without using up their attempts, and each runs exactly once when it returns', async () => {
    const accounts = await Promise.all([1, 2, 3, 4, 5, 6].map(() => aUser(t, [Role.CASE_PRACTITIONER])));
    const jobs = await throttleJobsHandedOver(
      t,
      accounts.map((a) => a.id),
    );
    await proxy.cut();
    const transport = t.app.get<JobTransport>(JOB_TRANSPORT);
    for (const job of jobs) await transport.dispatch(job);

    // Four seconds without a database: about forty times the retry budget.
    await sleep(4000);
    if (t.config.redis.url) {
      const { queue, close } = theQueue(t);
      const states = await Promise.all(jobs.map((job) => queue.getJobState(job.id))).finally(close);
      expect(states.filter((state) => state === 'failed')).toEqual([]);
    }

    await proxy.start(proxy.port);
    const ended = await eventually(
      'every job to run once the database is back',
      async () => {
        const found = await outcomes(
          t,
          jobs.map((job) => job.id),
          admin,
        );
        return found.every((job) => job.processed) ? found : undefined;
      },
      30000,
    );
    // One committed run each (a run the outage cut short rolled back with its count), one notification each.
    expect(ended.map(({ attempts, notified }) => ({ attempts, notified }))).toEqual(jobs.map(() => ({ attempts: 1, notified: 1 })));
  });
});

describe('Jobs that used up their attempts', () => {
  let t: TestApp;
  let admin: SignedInUser;

  beforeAll(async () => {
    t = await startTestApp({ JOB_ATTEMPTS: '2', JOB_BACKOFF_MS: '50', OUTBOX_REDELIVER_AFTER_SECONDS: '5', OUTBOX_SWEEP_SECONDS: '1' });
    admin = await aUser(t, [Role.ADMIN]);
  });
  afterAll(() => t.close());

  it('run again at the next redelivery once the fault is gone, even though the queue holds them as failed, and only once', async () => {
    const account = await aUser(t, [Role.CASE_PRACTITIONER]);
    // A job whose processor fails every time: here, one this version does not have.
    const [job] = await t.dataSource.query(`INSERT INTO outbox_job (name, payload) VALUES ('security.not-deployed-yet', $1) RETURNING id`, [
      JSON.stringify({ userId: account.id, at: new Date().toISOString() }),
    ]);
    await t.relayJobs();
    const failed = await eventually('both attempts to fail', async () => {
      const [row] = await t.dataSource.query(`SELECT attempts, last_error FROM outbox_job WHERE id = $1`, [job.id]);
      return row.attempts === 2 ? row : undefined;
    });
    expect(failed.last_error).toMatch(/No processor for job/);
    if (t.config.redis.url) {
      const { queue, close } = theQueue(t);
      await eventually('BullMQ to give the job up', async () => (await queue.getJobState(job.id)) === 'failed').finally(close);
    }

    // The fault is put right (as a fixed processor would be deployed); the redelivery after 5 s runs the job.
    await t.dataSource.query(`UPDATE outbox_job SET name = 'security.sign-in-throttled' WHERE id = $1`, [job.id]);
    const [ended] = await eventually(
      'the redelivered job to run',
      async () => {
        const found = await outcomes(t, [job.id], admin);
        return found[0].processed ? found : undefined;
      },
      20000,
    );
    expect(ended).toMatchObject({ attempts: 3, notified: 1 });
    // Later sweeps leave a processed job alone.
    await sleep(1500);
    expect((await outcomes(t, [job.id], admin))[0]).toMatchObject({ attempts: 3, notified: 1 });
  });
});

const describeWithRedis = redisUrl() || process.env.CI === 'true' ? describe : describe.skip;

describeWithRedis('Jobs while Redis is unavailable (real Redis behind a proxy)', () => {
  let t: TestApp;
  let admin: SignedInUser;
  let proxy: TcpProxy;

  beforeAll(async () => {
    const target = new URL(redisUrl()!);
    proxy = new TcpProxy(target.hostname, Number(target.port || 6379));
    await proxy.start();
    // No sweep during these tests: what Redis loses must be found when it reconnects.
    t = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${proxy.port}`, LOGIN_MAX_FAILURES_PER_ACCOUNT: '2', OUTBOX_SWEEP_SECONDS: '3600' });
    admin = await aUser(t, [Role.ADMIN]);
  });
  afterAll(async () => {
    if (!proxy.running) await proxy.start(proxy.port);
    await t.close();
    await proxy.cut();
  });

  it('a job enqueued while Redis is down waits in the outbox and is delivered, once, when Redis returns', async () => {
    const target = await aUser(t, [Role.MANAGER]);
    await proxy.cut();

    await failSignInTwice(t, target.email);
    await t.relayJobs();
    const waiting = await throttleJobFor(t, target.id);
    expect(waiting).toMatchObject({ dispatched_at: null, processed_at: null });
    const health = await t.http.get('/health').expect(200);
    expect(health.body.queue).toMatchObject({ mode: 'bullmq', status: 'down' });
    expect(health.body.queue.pendingOutbox).toBeGreaterThanOrEqual(1);

    await proxy.start(proxy.port);
    const processed = await eventually(
      'the job to run after Redis returns',
      async () => {
        const job = await throttleJobFor(t, target.id);
        return job.processed_at ? job : undefined;
      },
      30000,
    );
    expect(processed.dispatched_at).not.toBeNull();
    expect(await notificationsAbout(t, admin, target.id)).toHaveLength(1);
  });

  it('jobs Redis lost when it restarted empty are handed over again within seconds of its return, not at the 15-minute redelivery, and run once', async () => {
    const accounts = await Promise.all([1, 2, 3].map(() => aUser(t, [Role.CASE_PRACTITIONER])));
    // Held in Redis, unrun: the queue is paused while the jobs are handed over.
    const direct = theQueue(t, redisUrl()!);
    try {
      await direct.queue.pause();
      for (const account of accounts) await failSignInTwice(t, account.email);
      await t.relayJobs();
      const jobs = await Promise.all(accounts.map((account) => throttleJobFor(t, account.id)));
      expect(jobs.map((job) => job.dispatched_at && !job.processed_at)).toEqual([true, true, true]);
      expect(await Promise.all(jobs.map((job) => direct.queue.getJobState(job.id)))).toEqual(['waiting', 'waiting', 'waiting']);

      // Redis goes down and comes back without its data (this queue's keys: the server is shared).
      await proxy.cut();
      const keys = await direct.redis.keys(`${t.config.redis.queuePrefix}:*`);
      expect(keys.length).toBeGreaterThan(0);
      await direct.redis.del(...keys);
      await proxy.start(proxy.port);
      const back = Date.now();

      const ended = await eventually(
        'the lost jobs to run',
        async () => {
          const found = await outcomes(
            t,
            jobs.map((job) => job.id),
            admin,
          );
          return found.every((job) => job.processed) ? found : undefined;
        },
        20000,
      );
      const seconds = (Date.now() - back) / 1000;
      expect(seconds).toBeLessThan(10);
      expect(ended.map(({ attempts, notified }) => ({ attempts, notified }))).toEqual(jobs.map(() => ({ attempts: 1, notified: 1 })));
      expect(await Promise.all(jobs.map((job) => direct.queue.getJobState(job.id)))).toEqual(['completed', 'completed', 'completed']);
    } finally {
      await direct.close();
    }
  });
});
