import { randomBytes } from 'node:crypto';
import { Body, Controller, Delete, HttpCode, Inject, Post, Req, Res, UseFilters } from '@nestjs/common';
import { AuditService } from '@waymark/audit';
import { AppConfig, APP_CONFIG, Ctx, JsonErrorFilter, OwnTransaction, Public, RequestContext, TransactionalConnection } from '@waymark/platform';
import type { Request, Response } from 'express';
import { UserEntity } from '../users/user.entity';
import { AuthService } from './auth.service';
import { LoginInput } from './dto/login.input';
import { clearSessionCookies, cookieOf, CSRF_HEADER, REFRESH_COOKIE, setSessionCookies } from './session-cookies';
import { TokenService } from './token.service';

interface SessionAnswer {
  accessToken: string;
  expiresAt: string;
  sessionEndsAt: string;
  user: { id: string; displayName: string; agencyId: string; roles: string[] };
}

/**
 * The console's session. Signing in here answers a 30-minute access token for the page to keep in
 * memory, and sets a refresh token in an httpOnly, SameSite=Strict cookie; the page trades it for a
 * new access token (sending the CSRF value it was given) until the session's end, so a warning
 * "stay signed in" never loses a half-recorded meeting. Signing out clears both cookies. API clients
 * keep using the `login` mutation.
 */
@Controller('auth/session')
@UseFilters(JsonErrorFilter)
export class SessionController {
  constructor(
    private readonly auth: AuthService,
    private readonly tokens: TokenService,
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @Public()
  @OwnTransaction()
  @HttpCode(200)
  async signIn(@Ctx() ctx: RequestContext, @Body() input: LoginInput, @Res({ passthrough: true }) res: Response): Promise<SessionAnswer> {
    const signedIn = await this.auth.login(ctx, input);
    return this.answer(res, signedIn.user, Date.now());
  }

  @Post('refresh')
  @Public()
  @OwnTransaction()
  @HttpCode(200)
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionAnswer> {
    const { user, authTime } = await this.tokens.refreshSubject(cookieOf(req, REFRESH_COOKIE), req.header(CSRF_HEADER));
    return this.answer(res, user, authTime);
  }

  @Delete()
  @Public()
  @OwnTransaction()
  @HttpCode(204)
  async signOut(@Ctx() ctx: RequestContext, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const session = await this.tokens.refreshSubject(cookieOf(req, REFRESH_COOKIE), req.header(CSRF_HEADER)).catch(() => undefined);
    clearSessionCookies(res, this.secure);
    if (!session) return;
    const { user } = session;
    await this.db.withTransaction(ctx, (tx) =>
      this.audit.record(tx, {
        action: 'auth.sign_out',
        subjectType: 'User',
        subjectId: user.id,
        actor: { userId: user.id, agencyId: user.agencyId, roles: user.roles },
      }),
    );
  }

  private answer(res: Response, user: UserEntity, authTime: number): SessionAnswer {
    const csrf = randomBytes(24).toString('base64url');
    const { refreshToken, sessionEndsAt } = this.tokens.issueRefresh(user, csrf, authTime);
    const access = this.tokens.issue(user, authTime);
    const expiresAt = new Date(Math.min(access.expiresAt.getTime(), sessionEndsAt.getTime()));
    setSessionCookies(res, { refreshToken, csrf, sessionEndsAt }, this.secure);
    res.setHeader('Cache-Control', 'no-store');
    return {
      accessToken: access.accessToken,
      expiresAt: expiresAt.toISOString(),
      sessionEndsAt: sessionEndsAt.toISOString(),
      user: { id: user.id, displayName: user.displayName, agencyId: user.agencyId, roles: user.roles },
    };
  }

  private get secure(): boolean {
    return this.config.nodeEnv === 'production';
  }
}
