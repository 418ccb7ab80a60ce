import { timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Actor, AppConfig, APP_CONFIG, TransactionalConnection, UnauthenticatedError } from '@waymark/platform';
import { UserEntity } from '../users/user.entity';

interface TokenClaims {
  sub: string;
  /** Milliseconds since epoch: finer than `iat`, so a token issued just after a revocation stays valid. */
  authTime: number;
  /** Set on refresh tokens only; an access token has none, and neither is accepted as the other. */
  use?: 'refresh';
  /** Refresh tokens only: the anti-forgery value the console must send back in a header. */
  csrf?: string;
}

/** How long a console session lasts without signing in again: a working day. */
export const SESSION_HOURS = 12;

/**
 * Short-lived signed access tokens (HS256), and for the console a refresh token kept in an httpOnly
 * cookie (see SessionController) that buys a new access token until the session's end. Each request
 * and each refresh re-reads the account, so deactivation and password changes take effect at once.
 */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly db: TransactionalConnection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  issue(user: UserEntity, authTime = Date.now()): { accessToken: string; expiresAt: Date } {
    const claims: TokenClaims = { sub: user.id, authTime };
    const accessToken = this.jwt.sign(claims, { expiresIn: this.config.auth.tokenTtlSeconds, algorithm: 'HS256' });
    return { accessToken, expiresAt: new Date(Date.now() + this.config.auth.tokenTtlSeconds * 1000) };
  }

  /** A refresh token for a session that began at `authTime`; it never outlives the session. */
  issueRefresh(user: UserEntity, csrf: string, authTime = Date.now()): { refreshToken: string; sessionEndsAt: Date } {
    const sessionEndsAt = new Date(authTime + SESSION_HOURS * 3600_000);
    const claims: TokenClaims = { sub: user.id, authTime, use: 'refresh', csrf };
    const expiresIn = Math.max(1, Math.floor((sessionEndsAt.getTime() - Date.now()) / 1000));
    return { refreshToken: this.jwt.sign(claims, { expiresIn, algorithm: 'HS256' }), sessionEndsAt };
  }

  /** The active account and session start a refresh token stands for; UNAUTHENTICATED otherwise. */
  async refreshSubject(refreshToken: string | undefined, csrf: string | undefined): Promise<{ user: UserEntity; authTime: number }> {
    const claims = this.verified(refreshToken, 'refresh');
    if (!claims) throw new UnauthenticatedError('Your session has ended. Sign in again.');
    if (!csrf || !claims.csrf || !safeEqual(csrf, claims.csrf)) {
      throw new UnauthenticatedError('This request did not come from a Waymark page. Sign in again.');
    }
    const user = await this.currentUser(claims);
    return { user, authTime: claims.authTime };
  }

  /**
   * The user a bearer header's token was issued to, if its signature and expiry hold; no database
   * read (the rate limiter keys on it before the access guard runs). Not proof the account is still
   * active: authenticate() decides that.
   */
  subjectOf(authorization: string | undefined): string | undefined {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
    const sub = this.verified(token, 'access')?.sub;
    return typeof sub === 'string' ? sub : undefined;
  }

  async authenticate(token: string): Promise<Actor> {
    const claims = this.verified(token, 'access');
    if (!claims) throw new UnauthenticatedError('Your session has expired or is not valid. Sign in again.');
    const user = await this.currentUser(claims);
    return { userId: user.id, agencyId: user.agencyId, roles: user.roles };
  }

  private verified(token: string | undefined, use: 'access' | 'refresh'): TokenClaims | undefined {
    if (!token) return undefined;
    try {
      const claims = this.jwt.verify<TokenClaims>(token, { algorithms: ['HS256'] });
      return (claims.use ?? 'access') === use ? claims : undefined;
    } catch {
      return undefined;
    }
  }

  private async currentUser(claims: TokenClaims): Promise<UserEntity> {
    const user = await this.db.dataSource.getRepository(UserEntity).findOneBy({ id: claims.sub });
    if (!user || !user.active) throw new UnauthenticatedError('This account is no longer active. Ask your administrator if you need access.');
    if (typeof claims.authTime !== 'number' || claims.authTime < user.tokensValidAfter.getTime()) {
      throw new UnauthenticatedError('Your session was ended (password changed or access reset). Sign in again.');
    }
    return user;
  }
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
