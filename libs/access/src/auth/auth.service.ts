import { Injectable } from '@nestjs/common';
import { AuditService } from '@waymark/audit';
import { JobOutbox } from '@waymark/queue';
import { RequestContext, TransactionalConnection, UnauthenticatedError, WaymarkError } from '@waymark/platform';
import { UserEntity } from '../users/user.entity';
import { LoginInput } from './dto/login.input';
import { LoginThrottle } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { SIGN_IN_THROTTLED_JOB } from './sign-in-throttled.job';
import { TokenService } from './token.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly passwords: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly jobs: JobOutbox,
  ) {}

  /**
   * Signs in. The password is checked outside any transaction (argon2 is slow, and the embedded
   * database has one connection); the throttle check and the record of the attempt then happen
   * under a per-account lock, so parallel guesses cannot slip past the limit. A failure is
   * committed before the error reaches the caller. The request's own context is left untouched:
   * signing in does not authenticate later operations in the same request.
   */
  async login(ctx: RequestContext, input: LoginInput) {
    const email = input.email.trim().toLowerCase();
    const user = await this.db.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('lower(user.email) = :email', { email })
      .getOne();
    const passwordMatches = await this.passwords.verify(user?.passwordHash, input.password);

    const outcome = await this.db.withTransaction(ctx, async (tx) => {
      await this.db.manager(tx).query(`SELECT pg_advisory_xact_lock(hashtext('login:' || $1))`, [email]);
      await this.throttle.assertAllowed(tx, email);
      if (!user || !passwordMatches || !user.active) {
        const startsThrottling = await this.throttle.record(tx, email, false);
        await this.audit.record(tx, { action: 'auth.login_failed', subjectType: 'User', subjectId: user?.id ?? null });
        if (startsThrottling) await this.jobs.enqueue(tx, SIGN_IN_THROTTLED_JOB, { userId: user?.id ?? null, at: new Date().toISOString() });
        return user && passwordMatches
          ? new UnauthenticatedError('This account has been deactivated. Ask your administrator if you need access again.')
          : new UnauthenticatedError('The email or password is not correct.');
      }
      await this.throttle.record(tx, email, true);
      await this.db.repository(tx, UserEntity).update(user.id, { lastSignInAt: new Date() });
      await this.audit.record(tx, {
        action: 'auth.login',
        subjectType: 'User',
        subjectId: user.id,
        actor: { userId: user.id, agencyId: user.agencyId, roles: user.roles },
      });
      return user;
    });
    if (outcome instanceof WaymarkError) throw outcome;
    const signedIn = await this.db.repository(ctx, UserEntity).findOneByOrFail({ id: outcome.id });
    return { ...this.tokens.issue(signedIn), user: signedIn };
  }
}
