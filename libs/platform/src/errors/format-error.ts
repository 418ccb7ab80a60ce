import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { describeError } from '../logging/describe-error';
import { JsonLogger } from '../logging/json-logger';
import { databaseUnavailableReason } from './database-unavailable';
import { ErrorCode } from './error-code';
import { UnavailableError, WaymarkError } from './waymark-error';

/** Apollo and graphql-js codes for a malformed request: all the caller's to fix. */
const REQUEST_PROBLEM_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** unique_violation, exclusion_violation */
const CONFLICT_SQLSTATES = new Set(['23505', '23P01']);
/** check_violation, foreign_key_violation, not_null_violation: a value the services' checks missed. */
const REFUSED_VALUE_SQLSTATES = new Set(['23514', '23503', '23502']);

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  413: ErrorCode.BAD_USER_INPUT,
  429: ErrorCode.RATE_LIMITED,
};

/**
 * The single place where errors become what a client sees. Known errors keep their message;
 * an unreachable database is UNAVAILABLE (retryable); everything else is INTERNAL with a request id to quote, and the details go to the log only.
 */
export function createErrorFormatter(logger: JsonLogger, production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (original instanceof WaymarkError) {
      return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
    }
    if (original instanceof HttpException) {
      const code = HTTP_STATUS_CODES[original.getStatus()];
      if (code) return { ...base, message: original.message, extensions: { code } };
    }
    const unavailable = databaseUnavailableReason(original);
    if (unavailable) {
      // An outage, not a bug: the client may safely send the same request again. Logged by reason, without a stack.
      const requestId = (original as { requestId?: string })?.requestId;
      logger.event('warn', 'graphql.database_unavailable', { requestId, path: formatted.path?.join('.'), reason: unavailable });
      const error = new UnavailableError();
      return { ...base, message: error.message, extensions: { code: error.code, ...error.details, ...(requestId ? { requestId } : {}) } };
    }
    if (original instanceof QueryFailedError && CONFLICT_SQLSTATES.has((original.driverError as { code?: string }).code ?? '')) {
      // A database rule caught what the service checks missed (usually two requests at once).
      return {
        ...base,
        message: 'This would conflict with a record that already exists, perhaps one saved a moment ago. Reload and try again; nothing was saved.',
        extensions: { code: ErrorCode.CONFLICT },
      };
    }
    if (original instanceof QueryFailedError && REFUSED_VALUE_SQLSTATES.has((original.driverError as { code?: string }).code ?? '')) {
      logger.event('warn', 'graphql.value_refused_by_database', { path: formatted.path?.join('.'), ...describeError(original) });
      return {
        ...base,
        message:
          'A value was refused: something required is blank, out of range, or refers to a record that does not exist. Check the input; nothing was saved.',
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      };
    }
    const upstreamCode = formatted.extensions?.code;
    if (typeof upstreamCode === 'string' && REQUEST_PROBLEM_CODES.has(upstreamCode) && !isResolverFailure(error)) {
      // In production, drop "Did you mean …" hints: they reveal the schema without introspection.
      const message = production ? formatted.message.replace(/ Did you mean .*$/, '') : formatted.message;
      return { ...base, message, extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }

    const requestId = (original as { requestId?: string })?.requestId;
    logger.event('error', 'graphql.internal_error', { requestId, path: formatted.path?.join('.'), ...describeError(original) });
    return {
      ...base,
      message: 'Something went wrong on our side and nothing was saved. Please try again; if it keeps happening, tell your administrator.',
      extensions: { code: ErrorCode.INTERNAL, ...(requestId ? { requestId } : {}) },
    };
  };
}

/** A resolver threw something unexpected (graphql-js wraps it with a path). */
function isResolverFailure(error: unknown): boolean {
  return error instanceof GraphQLError && !!error.path && !!error.originalError && !(error.originalError instanceof GraphQLError);
}
