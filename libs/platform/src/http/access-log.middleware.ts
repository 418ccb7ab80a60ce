import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { REQUEST_CONTEXT_KEY, RequestWithContext } from '../context/ctx.decorator';
import { JsonLogger } from '../logging/json-logger';

/** One log line per request: ids and timings only, never bodies or variables (they hold personal data). */
@Injectable()
export class AccessLogMiddleware implements NestMiddleware {
  constructor(private readonly logger: JsonLogger) {}

  use(req: Request & RequestWithContext, res: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ctx = req[REQUEST_CONTEXT_KEY];
      this.logger.event('info', 'http.request', {
        requestId: ctx?.requestId,
        method: req.method,
        path: req.path,
        operation: typeof req.body?.operationName === 'string' ? req.body.operationName : undefined,
        status: res.statusCode,
        durationMs: Number((process.hrtime.bigint() - started) / 1_000_000n),
        userId: ctx?.actor?.userId,
      });
    });
    next();
  }
}
