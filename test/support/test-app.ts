import { randomInt, randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApi } from '../../apps/api/src/bootstrap';
import { AppConfig, loadConfig } from '../../libs/platform/src';
import { OutboxRelay } from '../../libs/queue/src';

export const TEST_JWT_SECRET = 'test-only-secret-that-is-long-enough-for-hs256';

export interface GraphqlResult<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions: { code: string; [key: string]: unknown } }>;
  headers: Record<string, string>;
}

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  dataSource: DataSource;
  http: ReturnType<typeof request>;
  gql<T = any>(query: string, variables?: Record<string, unknown>, options?: { token?: string; headers?: Record<string, string> }): Promise<GraphqlResult<T>>;
  /** Hands every committed outbox job to the queue (does not wait for it to run). */
  relayJobs(): Promise<void>;
  close(): Promise<void>;
}

export const usingEmbeddedDatabase = () => process.env.TEST_DATABASE_EMBEDDED === 'true';
export const redisUrl = () => process.env.TEST_REDIS_URL;

/**
 * Starts the real API (HTTP + GraphQL, same module as production) on a free port against the test
 * database, and, when TEST_REDIS_URL is set, BullMQ on real Redis with a worker in the same process.
 */
export async function startTestApp(env: NodeJS.ProcessEnv = {}, options = { consumeJobs: true }): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    DATABASE_URL: process.env.TEST_DATABASE_URL,
    DATABASE_POOL_SIZE: usingEmbeddedDatabase() ? '1' : '4',
    REDIS_URL: redisUrl(),
    QUEUE_PREFIX: `waymark-test-${randomUUID().slice(0, 8)}`,
    JWT_SECRET: TEST_JWT_SECRET,
    LOGIN_MAX_FAILURES_PER_ADDRESS: '1000',
    // Far above what any test sends; test/rate-limit sets its own low limits.
    RATE_LIMIT_PER_MINUTE: '1000000',
    EXPORT_RATE_LIMIT_PER_MINUTE: '1000000',
    TRUSTED_PROXY_HOPS: '1',
    ...env,
  });
  const app = await createApi(config, options);
  await app.listen(0, '127.0.0.1');
  const http = request(app.getHttpServer());
  // Each app gets its own client address, so throttling in one test never leaks into another.
  const clientAddress = `10.${randomInt(255)}.${randomInt(255)}.${randomInt(255)}`;

  return {
    app,
    config,
    dataSource: app.get(DataSource),
    http,
    async gql(query, variables, options = {}) {
      const req = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json').set('x-forwarded-for', clientAddress);
      if (options.token) req.set('authorization', `Bearer ${options.token}`);
      for (const [name, value] of Object.entries(options.headers ?? {})) req.set(name, value);
      const response = await req.send({ query, variables });
      return { status: response.status, data: response.body?.data, errors: response.body?.errors, headers: response.headers };
    },
    relayJobs: () => app.get(OutboxRelay).flush(),
    close: () => app.close(),
  };
}

/**
 * Settings that give the calling file a database of its own on the test server, created afresh (the
 * app that opens it runs the migrations), for a test that works on the whole partnership: its full
 * signal evaluations and truncations then see only its own families, never the other files' of its
 * worker. The embedded PGlite holds one database, which the file shares there.
 */
export async function ownDatabase(name: string): Promise<NodeJS.ProcessEnv> {
  if (usingEmbeddedDatabase() || !process.env.TEST_DATABASE_URL) return {};
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`A test database name is lower case letters, digits and _: "${name}"`);
  const url = new URL(process.env.TEST_DATABASE_URL);
  const database = `${decodeURIComponent(url.pathname.slice(1))}_${name}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  url.pathname = `/${database}`;
  return { DATABASE_URL: url.toString() };
}

/** Polls until `check` returns a truthy value; fails with `what` after the timeout. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined | null | false>, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
