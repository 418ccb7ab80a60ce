import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { NextFunction, Request, Response } from 'express';
import { AppConfig } from '../config/app-config';
import { ErrorCode } from '../errors/error-code';

/** Malformed or oversized bodies never reach GraphQL; answer them in its error shape, with a code. */
function bodyParserErrors(error: { status?: number; type?: string } | undefined, _req: Request, res: Response, next: NextFunction): void {
  if (!error || (error.type !== 'entity.too.large' && error.type !== 'entity.parse.failed')) return next(error);
  const tooLarge = error.type === 'entity.too.large';
  res.status(tooLarge ? 413 : 400).json({
    errors: [
      {
        message: tooLarge ? 'The request is too large.' : 'The request body is not valid JSON.',
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      },
    ],
  });
}

/** Security headers, body size limit and proxy trust, applied before any route. */
export function configureHttp(app: INestApplication, config: AppConfig): void {
  const express = app as NestExpressApplication;
  const production = config.nodeEnv === 'production';
  express.disable('x-powered-by');
  // A hop count, never `true`: the left-most X-Forwarded-For entry is whatever the caller typed.
  express.set('trust proxy', config.http.trustedProxyHops);
  express.use(
    helmet({
      // The development landing page loads Apollo Sandbox; production serves no HTML at all.
      contentSecurityPolicy: production ? { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } } : false,
      crossOriginEmbedderPolicy: false,
    }),
  );
  express.useBodyParser('json', { limit: config.http.bodyLimit });
  express.use(bodyParserErrors);
  app.enableShutdownHooks();
}
