import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { AppConfig, APP_CONFIG, describeError, JsonLogger, RateLimitedError, REQUEST_CONTEXT_KEY, RequestWithContext } from '@waymark/platform';
import type { NextFunction, Request, Response } from 'express';
import { TokenService } from '../auth/token.service';
import { REQUEST_RATE_STORE } from './request-rate-store';

const WINDOW_MS = 60_000;

/**
 * A general limit on requests per client per minute, beside the sign-in throttle: POST /graphql
 * (RATE_LIMIT_PER_MINUTE) and the CSV exports (EXPORT_RATE_LIMIT_PER_MINUTE), counted apart.
 * A client is the signed-in user when the request carries a validly signed token, else the client
 * address (TRUSTED_PROXY_HOPS decides which one). Counted per HTTP request, before GraphQL parses
 * anything, so a malformed or over-deep query costs a turn like any other. Past the limit the
 * client is refused for a minute: 429, Retry-After, and the usual `errors[].extensions.code`.
 */
@Injectable()
export class RequestRateLimitMiddleware implements NestMiddleware {
  constructor(
    @Inject(REQUEST_RATE_STORE) private readonly store: ThrottlerStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: TokenService,
    private readonly logger: JsonLogger,
  ) {}

  async use(req: Request & RequestWithContext, res: Response, next: NextFunction): Promise<void> {
    const exports = req.originalUrl.startsWith('/exports/');
    const route = exports ? 'exports' : 'graphql';
    const limit = exports ? this.config.rateLimit.exportsPerMinute : this.config.rateLimit.graphqlPerMinute;
    const userId = this.tokens.subjectOf(req.headers.authorization);
    const client = userId ? `user:${userId}` : `address:${req.ip}`;
    let record: Awaited<ReturnType<ThrottlerStorage['increment']>>;
    try {
      // The route is in the key too: the in-memory store blocks a key for every name counted under it.
      record = await this.store.increment(`${this.config.redis.queuePrefix}:rate:${route}:${client}`, WINDOW_MS, limit, WINDOW_MS, route);
    } catch (error) {
      // Fails open: an unreachable Redis must not take the service down with it (sign-in keeps its own throttle in PostgreSQL).
      this.logger.event('warn', 'rate_limit.store_unavailable', describeError(error));
      return next();
    }
    if (!record.isBlocked) return next();

    const seconds = Math.max(1, record.timeToBlockExpire);
    if (seconds * 1000 >= WINDOW_MS) {
      // At the start of a refusal spell only (its first second), not for every refused request.
      this.logger.event('warn', 'rate_limit.exceeded', { requestId: req[REQUEST_CONTEXT_KEY]?.requestId, route, userId, limit });
    }
    const from = userId ? 'from your account' : 'from this network address';
    const what = exports ? 'exports' : 'requests';
    const error = new RateLimitedError(
      `Too many ${what} ${from} in the last minute. Please wait and try again in ${seconds} second${seconds === 1 ? '' : 's'}; nothing was done.`,
      seconds,
    );
    res.setHeader('Retry-After', String(seconds));
    res.status(429).json({ errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }] });
  }
}
