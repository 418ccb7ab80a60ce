import { Client } from 'pg';
import { EmbeddedPostgres } from '../../libs/platform/src/database/embedded-postgres';

declare global {
  var __WAYMARK_EMBEDDED_POSTGRES__: EmbeddedPostgres | undefined;
}

/**
 * Gives the end-to-end suite an empty database: TEST_DATABASE_URL's public schema is dropped and
 * recreated (the first app started then runs every migration), or, outside CI, an in-memory PGlite.
 * Under CI=true a real PostgreSQL and Redis are required: nothing is skipped there.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.CI === 'true') {
    const missing = ['TEST_DATABASE_URL', 'TEST_REDIS_URL'].filter((name) => !process.env[name]);
    if (missing.length) throw new Error(`CI=true requires ${missing.join(' and ')}: the e2e suite must run against real services.`);
  }
  if (process.env.TEST_DATABASE_URL) {
    const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
    await client.end();
    return;
  }
  const embedded = new EmbeddedPostgres();
  process.env.TEST_DATABASE_URL = await embedded.start();
  process.env.TEST_DATABASE_EMBEDDED = 'true';
  globalThis.__WAYMARK_EMBEDDED_POSTGRES__ = embedded;
}
