/** How a failing job is tried again: JOB_ATTEMPTS runs, JOB_BACKOFF_MS doubling between them. */
export interface RetryPolicy {
  attempts: number;
  backoffMs: number;
}

/** The longest a job waits between tries while the database is away, so that it runs soon after the database returns. */
export const MAX_DATABASE_WAIT_MS = 10_000;

/** The wait before the next try after `attempt` (1-based) failed. */
export function backoffMs(policy: RetryPolicy, attempt: number): number {
  return policy.backoffMs * 2 ** (attempt - 1);
}

/**
 * The wait before trying again a job that found the database unreachable for the `waits`-th time in a row
 * (0-based). Such a try does not count as one of the job's attempts: however long the outage, the job runs once
 * the database answers, instead of using up its attempts and being given up.
 */
export function databaseWaitMs(policy: RetryPolicy, waits: number): number {
  return Math.min(policy.backoffMs * 2 ** Math.min(waits, 20), MAX_DATABASE_WAIT_MS);
}
