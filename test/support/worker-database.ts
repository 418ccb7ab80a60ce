/** The database of one Jest worker on the test server: the server URL's database name and the worker's number. */
export function workerDatabaseName(serverUrl: URL, workerId: string): string {
  const base = decodeURIComponent(serverUrl.pathname.slice(1)) || 'postgres';
  if (!/^[A-Za-z0-9_]+$/.test(base)) throw new Error(`TEST_DATABASE_URL names a database Jest cannot derive worker databases from: "${base}"`);
  return `${base}_w${workerId}`;
}

/** Points TEST_DATABASE_URL at this worker's own database (run in every test file, before it starts). */
export function useWorkerDatabase(env: NodeJS.ProcessEnv = process.env): void {
  if (!env.TEST_DATABASE_SERVER_URL) return;
  const url = new URL(env.TEST_DATABASE_SERVER_URL);
  url.pathname = `/${workerDatabaseName(url, env.JEST_WORKER_ID ?? '1')}`;
  env.TEST_DATABASE_URL = url.toString();
}
