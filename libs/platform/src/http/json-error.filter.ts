import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { REQUEST_CONTEXT_KEY } from '../context/ctx.decorator';
import { databaseUnavailableReason } from '../errors/database-unavailable';
import { ErrorCode } from '../errors/error-code';
import { UnavailableError, WaymarkError } from '../errors/waymark-error';
import { JsonLogger } from '../logging/json-logger';
import { describeError } from '../logging/describe-error';

const STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.UNAVAILABLE]: 503,
};

/**
 * Plain HTTP routes answer errors as JSON shaped like GraphQL's (`errors[].extensions.code`), with
 * the same codes and messages, so one client handles both. An unreachable database is UNAVAILABLE
 * (503, retryable); anything else unexpected is INTERNAL, never SQL. Subclasses name what did not
 * happen ("the export was not made").
 */
@Catch()
@Injectable()
export class JsonErrorFilter implements ExceptionFilter {
  protected readonly route: string = 'http';
  protected readonly notDone: string = 'nothing was changed';

  constructor(private readonly logger: JsonLogger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const requestId = (host.switchToHttp().getRequest<Request>() as unknown as Record<string, { requestId?: string } | undefined>)[REQUEST_CONTEXT_KEY]
      ?.requestId;
    const unavailable = databaseUnavailableReason(exception);
    // An outage is a warning, by its reason and without a stack; anything else unexpected is an error.
    if (unavailable) this.logger.event('warn', `${this.route}.database_unavailable`, { requestId, reason: unavailable });
    else if (!(exception instanceof WaymarkError) && !(exception instanceof HttpException)) {
      this.logger.event('error', `${this.route}.internal_error`, { requestId, ...describeError(exception) });
    }
    if (res.headersSent) {
      res.destroy();
      return;
    }
    let code: string = ErrorCode.INTERNAL;
    let message = `Something went wrong on our side; ${this.notDone}.`;
    let extra: Record<string, unknown> = {};
    if (unavailable) exception = new UnavailableError(`Waymark cannot reach its database just now, so ${this.notDone}. Please try again in a moment.`);
    if (exception instanceof WaymarkError) {
      code = exception.code;
      message = exception.message;
      extra = exception.details;
    } else if (exception instanceof HttpException && exception.getStatus() === 404) {
      code = ErrorCode.NOT_FOUND;
      message = 'There is nothing at this address.';
    }
    if (code === ErrorCode.UNAVAILABLE) res.setHeader('Retry-After', '5');
    res.status(STATUS[code] ?? 500).json({ errors: [{ message, extensions: { code, ...extra } }] });
  }
}
