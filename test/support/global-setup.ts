import type { Config } from '@jest/types';
import { Client } from 'pg';
import { EmbeddedPostgres } from '../../libs/platform/src/database/embedded-postgres';
import { workerDatabaseName } from './worker-database';

declare global {
  var __WAYMARK_EMBEDDED_POSTGRES__: EmbeddedPostgres | undefined;
}

/**
 * Gives each Jest worker an empty database of its own: on TEST_DATABASE_URL's server, one database per
 * worker (`<name>_w1`, `<name>_w2`, …) is dropped and created afresh (the first app started in the
 * worker then runs every migration); or, outside CI, one in-memory PGlite for a suite run in band.
 * Under CI=true a real PostgreSQL and Redis are required: nothing is skipped there.
 */
export default async function globalSetup(globalConfig: Config.GlobalConfig): Promise<void> {
  if (process.env.CI === 'true') {
    const missing = ['TEST_DATABASE_URL', 'TEST_REDIS_URL'].filter((name) => !process.env[name]);
    if (missing.length) throw new Error(`CI=true requires ${missing.join(' and ')}: the e2e suite must run against real services.`);
  }
  if (process.env.TEST_DATABASE_URL) {
    await createWorkerDatabases(process.env.TEST_DATABASE_URL, globalConfig.maxWorkers);
    process.env.TEST_DATABASE_SERVER_URL = process.env.TEST_DATABASE_URL;
    return;
  }
  if (globalConfig.maxWorkers > 1) throw new Error('The embedded database serves one worker: run Jest in band, or set TEST_DATABASE_URL.');
  const embedded = new EmbeddedPostgres();
  process.env.TEST_DATABASE_URL = await embedded.start();
  process.env.TEST_DATABASE_EMBEDDED = 'true';
  globalThis.__WAYMARK_EMBEDDED_POSTGRES__ = embedded;
}

async function createWorkerDatabases(serverUrl: string, workers: number): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    // Also the databases files made of their own in earlier runs (`<name>_w1_<file's>`).
    const base = workerDatabaseName(new URL(serverUrl), '');
    const earlier = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [base]);
    for (const { datname } of earlier.rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    for (let worker = 1; worker <= workers; worker++) {
      const name = workerDatabaseName(new URL(serverUrl), String(worker));
      await client.query(`CREATE DATABASE "${name}"`);
    }
  } finally {
    await client.end();
  }
}
