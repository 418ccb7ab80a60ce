import { Role } from '../libs/access/src';
import { aUser, SignedInUser } from './support/factories';
import { TcpProxy } from './support/tcp-proxy';
import { startTestApp, TestApp } from './support/test-app';

const ME = `{ me { id } }`;

/** Every JSON log line the app writes while `work` runs. */
async function logLinesDuring(work: () => Promise<void>): Promise<Array<Record<string, unknown>>> {
  const lines: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
    if (typeof chunk === 'string' && chunk.startsWith('{')) lines.push(chunk);
    else return write(chunk, ...(rest as []));
    return true;
  });
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return lines.map((line) => JSON.parse(line));
}

describe('While the database cannot be reached (PostgreSQL behind a proxy)', () => {
  let t: TestApp;
  let proxy: TcpProxy;
  let manager: SignedInUser;

  beforeAll(async () => {
    const target = new URL(process.env.TEST_DATABASE_URL!);
    proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.start();
    const throughProxy = new URL(target.href);
    throughProxy.hostname = '127.0.0.1';
    throughProxy.port = String(proxy.port);
    // LOG_LEVEL warn: the outage is logged as a warning, which the test reads.
    t = await startTestApp({ DATABASE_URL: throughProxy.href, LOG_LEVEL: 'warn' });
    manager = await aUser(t, [Role.MANAGER]);
  });
  afterAll(async () => {
    if (!proxy.running) await proxy.start(proxy.port);
    await t.close();
    await proxy.cut();
  });
  afterEach(async () => {
    if (!proxy.running) await proxy.start(proxy.port);
  });

  it('answers GraphQL with UNAVAILABLE and retryable, not INTERNAL, and logs the reason without a stack', async () => {
    await proxy.cut();
    let result!: Awaited<ReturnType<TestApp['gql']>>;
    const logged = await logLinesDuring(async () => {
      result = await t.gql(ME, {}, { token: manager.token });
    });
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors!;
    expect(error.extensions).toMatchObject({ code: 'UNAVAILABLE', retryable: true });
    expect(error.extensions.requestId).toEqual(expect.any(String));
    expect(error.message).toMatch(/cannot reach its database.*nothing was saved.*try again/i);
    expect(JSON.stringify(result.errors)).not.toMatch(/ECONNREFUSED|5432|\n\s+at /);

    const outage = logged.filter((line) => line.event === 'graphql.database_unavailable');
    expect(outage).toEqual([expect.objectContaining({ level: 'warn', requestId: error.extensions.requestId, reason: expect.any(String) })]);
    expect(outage[0].stack).toBeUndefined();
    expect(logged.filter((line) => line.event === 'graphql.internal_error')).toEqual([]);

    // A mutation (here signing in, which needs no token) answers the same way.
    const login = await t.gql(`mutation ($email: String!) { login(input: { email: $email, password: "whatever it is" }) { accessToken } }`, {
      email: manager.email,
    });
    expect(login.errors?.[0].extensions).toMatchObject({ code: 'UNAVAILABLE', retryable: true });

    // Once the database answers again, the same request simply works.
    await proxy.start(proxy.port);
    const again = await t.gql(ME, {}, { token: manager.token });
    expect(again.errors).toBeUndefined();
    expect(again.data.me.id).toBe(manager.id);
  });

  it('answers an export with 503, UNAVAILABLE, retryable and Retry-After', async () => {
    await proxy.cut();
    let res!: Awaited<ReturnType<TestApp['http']['get']>>;
    const logged = await logLinesDuring(async () => {
      res = await t.http.get('/exports/signals-overview.csv').set('authorization', `Bearer ${manager.token}`);
    });
    expect(logged.filter((line) => line.event === 'export.database_unavailable')).toEqual([
      expect.objectContaining({ level: 'warn', reason: expect.any(String) }),
    ]);
    expect(logged.some((line) => 'stack' in line)).toBe(false);
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.body.errors).toEqual([
      { message: expect.stringMatching(/cannot reach its database.*export was not made/i), extensions: { code: 'UNAVAILABLE', retryable: true } },
    ]);
  });

  it('reports /health as unavailable (503) while the database is away, and ok once it is back', async () => {
    await proxy.cut();
    const down = await t.http.get('/health').expect(503);
    expect(down.body).toMatchObject({ status: 'unavailable', database: 'down' });
    await proxy.start(proxy.port);
    const up = await t.http.get('/health').expect(200);
    expect(up.body).toMatchObject({ status: 'ok', database: 'up', queue: { status: 'up' } });
  });
});
