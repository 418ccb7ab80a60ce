import { randomUUID } from 'node:crypto';
import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { REQUEST_CONTEXT_KEY, RequestWithContext } from '../context/ctx.decorator';
import { RequestContext } from '../context/request-context';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Gives each request an id (a caller's X-Request-Id is kept if it looks safe) and a RequestContext. */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(req: Request & RequestWithContext, res: Response, next: NextFunction): void {
    const incoming = req.header('x-request-id');
    const requestId = incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    req[REQUEST_CONTEXT_KEY] = new RequestContext(requestId, req.ip, undefined);
    next();
  }
}
