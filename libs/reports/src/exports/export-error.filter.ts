import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import { databaseUnavailableReason, ErrorCode, UnavailableError, WaymarkError } from '@waymark/platform';
import type { Response } from 'express';

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
 * Export routes answer errors as JSON shaped like GraphQL's (`errors[].extensions.code`), with the
 * same codes and messages, so one client handles both. An unreachable database is UNAVAILABLE (503,
 * retryable); anything else unexpected is INTERNAL, never SQL.
 */
@Catch()
export class ExportErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) {
      res.destroy();
      return;
    }
    let code: string = ErrorCode.INTERNAL;
    let message = 'Something went wrong on our side; the export was not made.';
    let extra: Record<string, unknown> = {};
    if (databaseUnavailableReason(exception))
      exception = new UnavailableError('Waymark cannot reach its database just now, so the export was not made. Please try again in a moment.');
    if (exception instanceof WaymarkError) {
      code = exception.code;
      message = exception.message;
      extra = exception.details;
    } else if (exception instanceof HttpException && exception.getStatus() === 404) {
      code = ErrorCode.NOT_FOUND;
      message = 'No such export.';
    }
    if (code === ErrorCode.UNAVAILABLE) res.setHeader('Retry-After', '5');
    res.status(STATUS[code] ?? 500).json({ errors: [{ message, extensions: { code, ...extra } }] });
  }
}
