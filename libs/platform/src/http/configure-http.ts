import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { AppConfig } from '../config/app-config';

/** Security headers, body size limit and proxy trust, applied before any route. */
export function configureHttp(app: INestApplication, config: AppConfig): void {
  const express = app as NestExpressApplication;
  const production = config.nodeEnv === 'production';
  express.disable('x-powered-by');
  if (config.http.trustProxy) express.set('trust proxy', true);
  express.use(
    helmet({
      // The development landing page loads Apollo Sandbox; production serves no HTML at all.
      contentSecurityPolicy: production ? { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } } : false,
      crossOriginEmbedderPolicy: false,
    }),
  );
  express.useBodyParser('json', { limit: config.http.bodyLimit });
  app.enableShutdownHooks();
}
