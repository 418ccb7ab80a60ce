import { Role } from '../libs/access/src';
import { aUser, PASSWORD } from './support/factories';
import { startTestApp } from './support/test-app';

describe('Graceful shutdown', () => {
  it('lets a request already in flight finish before the process closes, and keeps the job it enqueued', async () => {
    const t = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '1' });
    const user = await aUser(t, [Role.CASE_PRACTITIONER]);
    // A failed sign-in that starts throttling: argon2 makes it take a while, and it enqueues a job.
    const inFlight = t.gql(`mutation { login(input: { email: "${user.email}", password: "wrong ${PASSWORD}" }) { accessToken } }`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const dataSource = t.dataSource;
    const closing = t.app.close();
    const response = await inFlight;
    await closing;
    expect(response.status).toBe(200);
    expect(response.errors![0].extensions.code).toBe('UNAUTHENTICATED');

    // The outbox row committed with the failure; nothing was lost, whether it ran before the close or waits for the next start.
    const again = await startTestApp();
    const [job] = await again.dataSource.query(`SELECT processed_at FROM outbox_job WHERE name = 'security.sign-in-throttled' AND payload->>'userId' = $1`, [
      user.id,
    ]);
    expect(job).toBeDefined();
    expect(dataSource.isInitialized).toBe(false);
    await again.close();
  });
});
