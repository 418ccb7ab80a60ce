import { execFile } from 'node:child_process';
import { startTestApp } from './support/test-app';

describe('npm run migration:generate -- --check', () => {
  it('finds the entities and the migrations in step: nothing to draft on the test database', async () => {
    // The test database is migrated by the first app started against it.
    await (await startTestApp()).close();
    const output = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/cli/src/migrations/draft-migration.main.ts', '--check'],
        { env: { ...process.env, DATABASE_URL: process.env.TEST_DATABASE_URL }, timeout: 60_000 },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      ),
    );
    expect(output.stderr).not.toMatch(/error/i);
    expect(output.stdout).toMatch(/^The entities match the migrations: nothing to draft \(\d+ removals TypeORM would propose were set aside\)\.\n$/);
    expect(output.code).toBe(0);
  });
});
