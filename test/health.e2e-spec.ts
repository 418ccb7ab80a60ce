import { TcpProxy } from './support/tcp-proxy';
import { startTestApp, TestApp } from './support/test-app';

describe('Health and HTTP basics', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('answers /health with 200 and the database and queue status', async () => {
    const response = await t.http.get('/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', database: 'up', queue: { status: 'up' } });
    expect(response.body.queue.mode).toBe(t.config.redis.url ? 'bullmq' : 'in-process');
  });

  it('gives every response a request id, keeping a safe one sent by the caller', async () => {
    const generated = await t.http.get('/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await t.http.get('/health').set('x-request-id', 'trace-abc-12345');
    expect(kept.headers['x-request-id']).toBe('trace-abc-12345');
    const replaced = await t.http.get('/health').set('x-request-id', '<script>');
    expect(replaced.headers['x-request-id']).not.toBe('<script>');
  });

  it('sends security headers and hides the framework', async () => {
    const response = await t.http.get('/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeDefined();
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});

describe('Health while the queue is down', () => {
  let t: TestApp;
  beforeAll(async () => {
    // A Redis address where nothing answers: a proxy started and cut at once.
    const nowhere = new TcpProxy('127.0.0.1', 9);
    await nowhere.start();
    await nowhere.cut();
    t = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${nowhere.port}` }, { consumeJobs: false });
  });
  afterAll(() => t?.close());

  it('answers 200 but degraded, not ok: requests still work and jobs wait in the outbox', async () => {
    const response = await t.http.get('/health').expect(200);
    expect(response.body).toEqual({ status: 'degraded', database: 'up', queue: { mode: 'bullmq', status: 'down', pendingOutbox: expect.any(Number) } });
  });
});
