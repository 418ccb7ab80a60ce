import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG, RateLimitedError, RequestContext, TransactionalConnection } from '@waymark/platform';
import { LoginAttemptEntity } from './login-attempt.entity';

interface FailureCounts {
  accountFailures: number;
  accountOldest: Date | null;
  addressFailures: number;
  addressOldest: Date | null;
}

/**
 * Limits failed sign-ins per account (since its last success) and per client address within a
 * sliding window. Counts live in PostgreSQL, so every API instance sees the same numbers.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly db: TransactionalConnection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertAllowed(ctx: RequestContext, email: string): Promise<void> {
    const { maxFailuresPerAccount, maxFailuresPerAddress } = this.config.auth;
    const counts = await this.counts(ctx, email);
    if (counts.accountFailures >= maxFailuresPerAccount) {
      const seconds = this.secondsUntilFree(counts.accountOldest);
      throw new RateLimitedError(
        `Too many failed sign-in attempts for this account. Try again in ${Math.ceil(seconds / 60)} minute(s), or ask your administrator to reset your password.`,
        seconds,
      );
    }
    if (counts.addressFailures >= maxFailuresPerAddress) {
      const seconds = this.secondsUntilFree(counts.addressOldest);
      throw new RateLimitedError(`Too many failed sign-in attempts from this network address. Try again in ${Math.ceil(seconds / 60)} minute(s).`, seconds);
    }
  }

  /** Records the attempt; returns true when this failure is the one that starts throttling the account. */
  async record(ctx: RequestContext, email: string, succeeded: boolean): Promise<boolean> {
    await this.db.repository(ctx, LoginAttemptEntity).insert({ emailNormalized: email, clientAddress: ctx.clientAddress ?? null, succeeded });
    if (succeeded) return false;
    return (await this.counts(ctx, email)).accountFailures === this.config.auth.maxFailuresPerAccount;
  }

  private async counts(ctx: RequestContext, email: string): Promise<FailureCounts> {
    const [row] = await this.db.manager(ctx).query(
      `SELECT count(*) FILTER (WHERE a.email_normalized = $1 AND a.attempted_at > coalesce(s.at, '-infinity'))::int AS "accountFailures",
              min(a.attempted_at) FILTER (WHERE a.email_normalized = $1 AND a.attempted_at > coalesce(s.at, '-infinity')) AS "accountOldest",
              count(*) FILTER (WHERE a.client_address = $2)::int AS "addressFailures",
              min(a.attempted_at) FILTER (WHERE a.client_address = $2) AS "addressOldest"
       FROM login_attempt a,
            (SELECT max(attempted_at) AS at FROM login_attempt WHERE email_normalized = $1 AND succeeded) s
       WHERE NOT a.succeeded
         AND a.attempted_at > now() - make_interval(secs => $3)
         AND (a.email_normalized = $1 OR a.client_address = $2)`,
      [email, ctx.clientAddress ?? '', this.config.auth.throttleWindowSeconds],
    );
    return row;
  }

  private secondsUntilFree(oldest: Date | null): number {
    const freeAt = (oldest ? new Date(oldest).getTime() : Date.now()) + this.config.auth.throttleWindowSeconds * 1000;
    return Math.max(1, Math.ceil((freeAt - Date.now()) / 1000));
  }
}
