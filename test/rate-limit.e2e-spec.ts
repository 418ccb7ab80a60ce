import { randomInt, randomUUID } from 'node:crypto';
import { Role } from '../libs/access/src';
import { aUser, SignedInUser } from './support/factories';
import { TcpProxy } from './support/tcp-proxy';
import { redisUrl, startTestApp, TestApp } from './support/test-app';

const ME = `{ me { id } }`;
const TYPENAME = `{ __typename }`;
const anAddress = () => `192.0.2.${randomInt(1, 255)}`;
const exportOf = (t: TestApp, token: string) => t.http.get('/exports/signals-overview.csv').set('authorization', `Bearer ${token}`);

function expectRefused(result: { status: number; headers: Record<string, string> }, errors: Array<{ message: string; extensions: Record<string, unknown> }>) {
  expect(result.status).toBe(429);
  const retryAfter = Number(result.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(errors[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: retryAfter });
  return errors[0].message;
}

describe('A general limit on requests per client per minute', () => {
  let t: TestApp;
  let practitioner: SignedInUser;
  let colleague: SignedInUser;
  let manager: SignedInUser;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '5', EXPORT_RATE_LIMIT_PER_MINUTE: '2' });
    // Signing in counts against the app's own client address, which the cases below do not use.
    [practitioner, colleague, manager] = [await aUser(t, [Role.CASE_PRACTITIONER]), await aUser(t, [Role.CASE_PRACTITIONER]), await aUser(t, [Role.MANAGER])];
  });
  afterAll(() => t.close());

  it('refuses a signed-in practitioner past the limit with RATE_LIMITED, 429 and Retry-After; a colleague at the same address is unaffected', async () => {
    const office = { 'x-forwarded-for': anAddress() };
    for (let i = 0; i < 5; i++) expect((await t.gql(ME, {}, { token: practitioner.token, headers: office })).data.me.id).toBe(practitioner.id);

    const refused = await t.gql(ME, {}, { token: practitioner.token, headers: office });
    expect(refused.data).toBeUndefined();
    expect(expectRefused(refused, refused.errors!)).toMatch(
      /^Too many requests from your account in the last minute\. Please wait and try again in \d+ seconds?; nothing was done\.$/,
    );

    const sameOffice = await t.gql(ME, {}, { token: colleague.token, headers: office });
    expect(sameOffice.status).toBe(200);
    expect(sameOffice.data.me.id).toBe(colleague.id);
  });

  it('counts a caller with no valid token by client address, malformed queries included; another address is unaffected', async () => {
    const address = anAddress();
    for (let i = 0; i < 3; i++) expect((await t.gql(TYPENAME, {}, { headers: { 'x-forwarded-for': address } })).status).toBe(200);
    expect((await t.gql('{ not a query', {}, { headers: { 'x-forwarded-for': address } })).status).toBe(400);
    // A forged token does not buy a fresh count: it is not signed by us, so the address is what counts.
    const forged = await t.gql(TYPENAME, {}, { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzb21lb25lIn0.c2lnbmF0dXJl', headers: { 'x-forwarded-for': address } });
    expect(forged.status).toBe(200);

    const refused = await t.gql(TYPENAME, {}, { headers: { 'x-forwarded-for': address } });
    expect(expectRefused(refused, refused.errors!)).toMatch(/^Too many requests from this network address in the last minute\./);
    expect((await t.gql(TYPENAME, {}, { headers: { 'x-forwarded-for': anAddress() } })).status).toBe(200);
  });

  it('never limits /health', async () => {
    const address = anAddress();
    for (let i = 0; i < 6; i++) await t.gql(TYPENAME, {}, { headers: { 'x-forwarded-for': address } });
    for (let i = 0; i < 8; i++) expect((await t.http.get('/health').set('x-forwarded-for', address)).status).toBe(200);
  });

  it('limits exports apart from GraphQL, answering 429 with Retry-After and a plain message', async () => {
    for (let i = 0; i < 2; i++) expect((await exportOf(t, manager.token)).status).toBe(200);
    const refused = await exportOf(t, manager.token);
    expect(refused.headers['content-type']).toMatch(/^application\/json/);
    expect(expectRefused(refused, refused.body.errors)).toMatch(
      /^Too many exports from your account in the last minute\. Please wait and try again in \d+ seconds?/,
    );
    // GraphQL has its own count: the manager is not refused there.
    expect((await t.gql(ME, {}, { token: manager.token })).data.me.id).toBe(manager.id);
  });
});

const describeWithRedis = redisUrl() || process.env.CI === 'true' ? describe : describe.skip;

describeWithRedis('The request limit across API instances (real Redis)', () => {
  it('two instances sharing one Redis share each client’s count', async () => {
    const shared = { QUEUE_PREFIX: `waymark-rate-${randomUUID().slice(0, 8)}`, RATE_LIMIT_PER_MINUTE: '4' };
    const first = await startTestApp(shared);
    const second = await startTestApp(shared, { consumeJobs: false });
    try {
      const headers = { 'x-forwarded-for': anAddress() };
      for (const app of [first, second, first, second]) expect((await app.gql(TYPENAME, {}, { headers })).status).toBe(200);
      const refused = await second.gql(TYPENAME, {}, { headers });
      expectRefused(refused, refused.errors!);
      expect((await first.gql(TYPENAME, {}, { headers })).status).toBe(429);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('lets requests through while Redis is unreachable, rather than refusing everyone', async () => {
    const target = new URL(redisUrl()!);
    const proxy = new TcpProxy(target.hostname, Number(target.port || 6379));
    await proxy.start();
    const t = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${proxy.port}`, RATE_LIMIT_PER_MINUTE: '2' }, { consumeJobs: false });
    try {
      await proxy.cut();
      const headers = { 'x-forwarded-for': anAddress() };
      for (let i = 0; i < 4; i++) expect((await t.gql(TYPENAME, {}, { headers })).status).toBe(200);
    } finally {
      await t.close();
      if (proxy.running) await proxy.cut();
    }
  });
});
