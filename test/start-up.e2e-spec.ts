import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

/** Runs the real API entry point (as `npm run start:dev` does) and collects what it prints. */
function startApi(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, ...env },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe('Start-up configuration', () => {
  it('stops with a message naming every bad setting, and never echoes a database password', async () => {
    const { code, stderr } = await startApi({
      PORT: 'eighty',
      JWT_SECRET: 'short',
      REDIS_URL: 'http://not-redis',
      DATABASE_URL: 'mysql://admin:hunter2@db/waymark',
    });
    expect(code).toBe(78);
    expect(stderr).toMatch(/PORT must be a whole number from 0 to 65535 \(got "eighty"\)/);
    expect(stderr).toMatch(/JWT_SECRET must be at least 32 characters long/);
    expect(stderr).toMatch(/REDIS_URL must be a URL starting with redis:\/\/ or rediss:\/\//);
    expect(stderr).toMatch(/DATABASE_URL must be a URL starting with postgres:\/\/ or postgresql:\/\//);
    expect(stderr).toMatch(/Waymark did not start/);
    expect(stderr).not.toMatch(/hunter2/);
  });

  it('refuses production without a database server or a secret', async () => {
    const { code, stderr } = await startApi({ NODE_ENV: 'production' });
    expect(code).toBe(78);
    expect(stderr).toMatch(/DATABASE_URL is required when NODE_ENV=production/);
    expect(stderr).toMatch(/JWT_SECRET is required when NODE_ENV=production or DATABASE_URL is set/);
  });
});
