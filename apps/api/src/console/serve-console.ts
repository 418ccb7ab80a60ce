import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@waymark/platform';
import express, { NextFunction, Request, Response } from 'express';

/** The API's own routes: the console's fallback never answers for them. */
const API_PREFIXES = ['/graphql', '/exports', '/health', '/auth'];

/**
 * The console's pages may load only their own scripts, styles, images and fonts, and talk only to
 * this origin; no inline script, no framing. The API's own responses keep `default-src 'none'`.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const isApiPath = (path: string) => API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

/**
 * Serves the built console (static files, hashed assets cached for a year) and, for any other page
 * address a browser asks for, its index.html so client-side routes survive a reload.
 */
export function serveConsole(app: INestApplication, config: AppConfig): void {
  const server = app as NestExpressApplication;
  const indexFile = join(config.console.dir, 'index.html');
  const withConsoleHeaders = (res: Response) => {
    res.setHeader('Content-Security-Policy', CONSOLE_CSP);
    res.setHeader('Referrer-Policy', 'no-referrer');
  };

  server.use(
    '/assets',
    express.static(join(config.console.dir, 'assets'), {
      immutable: true,
      maxAge: '365d',
      setHeaders: (res) => withConsoleHeaders(res as Response),
    }),
  );
  server.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path) || !req.accepts('html')) return next();
    withConsoleHeaders(res);
    res.setHeader('Cache-Control', 'no-cache');
    if (!existsSync(indexFile)) {
      res.status(503).type('text/plain').send('The console has not been built. Run `npm run console:build` (npm start does it for you).');
      return;
    }
    res.sendFile(indexFile);
  });
}
