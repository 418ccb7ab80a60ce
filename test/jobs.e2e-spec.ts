import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { Role } from '../libs/access/src';
import { JobRunner, OutboxRelay } from '../libs/queue/src';
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

const describeWithRedis = redisUrl() || process.env.CI === 'true' ? describe : describe.skip;

describeWithRedis('Jobs while Redis is unavailable (real Redis behind a proxy)', () => {
  let t: TestApp;
  let admin: SignedInUser;
  let proxy: TcpProxy;

  beforeAll(async () => {
    const target = new URL(redisUrl()!);
    proxy = new TcpProxy(target.hostname, Number(target.port || 6379));
    await proxy.start();
    t = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${proxy.port}`, LOGIN_MAX_FAILURES_PER_ACCOUNT: '2' });
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
});
