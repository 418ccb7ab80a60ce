import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Actor, AppConfig, APP_CONFIG, TransactionalConnection, UnauthenticatedError } from '@waymark/platform';
import { UserEntity } from '../users/user.entity';

interface TokenClaims {
  sub: string;
  /** Milliseconds since epoch: finer than `iat`, so a token issued just after a revocation stays valid. */
  authTime: number;
}

/**
 * Short-lived signed access tokens (HS256). There is no refresh token: when one expires the user
 * signs in again. Each request re-reads the account, so deactivation and password changes take
 * effect at once.
 */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly db: TransactionalConnection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  issue(user: UserEntity): { accessToken: string; expiresAt: Date } {
    const claims: TokenClaims = { sub: user.id, authTime: Date.now() };
    const accessToken = this.jwt.sign(claims, { expiresIn: this.config.auth.tokenTtlSeconds, algorithm: 'HS256' });
    return { accessToken, expiresAt: new Date(Date.now() + this.config.auth.tokenTtlSeconds * 1000) };
  }

  /**
   * The user a bearer header's token was issued to, if its signature and expiry hold; no database
   * read (the rate limiter keys on it before the access guard runs). Not proof the account is still
   * active: authenticate() decides that.
   */
  subjectOf(authorization: string | undefined): string | undefined {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
    if (!token) return undefined;
    try {
      const { sub } = this.jwt.verify<TokenClaims>(token, { algorithms: ['HS256'] });
      return typeof sub === 'string' ? sub : undefined;
    } catch {
      return undefined;
    }
  }

  async authenticate(token: string): Promise<Actor> {
    let claims: TokenClaims;
    try {
      claims = this.jwt.verify<TokenClaims>(token, { algorithms: ['HS256'] });
    } catch {
      throw new UnauthenticatedError('Your session has expired or is not valid. Sign in again.');
    }
    const user = await this.db.dataSource.getRepository(UserEntity).findOneBy({ id: claims.sub });
    if (!user || !user.active) throw new UnauthenticatedError('This account is no longer active. Ask your administrator if you need access.');
    if (typeof claims.authTime !== 'number' || claims.authTime < user.tokensValidAfter.getTime()) {
      throw new UnauthenticatedError('Your session was ended (password changed or access reset). Sign in again.');
    }
    return { userId: user.id, agencyId: user.agencyId, roles: user.roles };
  }
}
