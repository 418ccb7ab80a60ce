import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs the CLI as `npm run cli` does, with the environment given and no DATABASE_URL. */
function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { DATABASE_URL: _unset, ...inherited } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/cli/src/main.ts', ...args],
      { env: { ...inherited, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

describe('the command line while the service holds the embedded database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-cli-'));
  const dataDir = join(dir, 'pglite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says in one sentence what to do and exits non-zero, with no log line or stack trace', async () => {
    // The lock file of a running service: this test process plays the service.
    writeFileSync(`${dataDir}.lock`, String(process.pid));
    const { code, stdout, stderr } = await runCli(['verify-audit'], { PGLITE_DATA_DIR: dataDir, LOG_LEVEL: 'info' });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `The embedded database is in use by process ${process.pid}. Stop that Waymark process first, or set DATABASE_URL to use a PostgreSQL server.\n`,
    );
  });
});
