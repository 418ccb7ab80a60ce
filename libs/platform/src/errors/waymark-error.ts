import { ErrorCode, FieldProblem } from './error-code';

/**
 * An error meant for the client: its message is written for a practitioner and is shown as is.
 * Anything else that escapes a resolver is reported as INTERNAL with a generic message.
 */
export class WaymarkError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'WaymarkError';
  }
}

export class UnauthenticatedError extends WaymarkError {
  constructor(message = 'Sign in to continue.') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends WaymarkError {
  constructor(message = 'Your role does not allow this.') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class NotFoundError extends WaymarkError {
  constructor(message: string) {
    super(ErrorCode.NOT_FOUND, message);
  }
}

export class ConflictError extends WaymarkError {
  constructor(message: string) {
    super(ErrorCode.CONFLICT, message);
  }
}

export class RateLimitedError extends WaymarkError {
  constructor(message: string, retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, message, { retryAfterSeconds });
  }
}

export class BadUserInputError extends WaymarkError {
  constructor(message: string, fields: FieldProblem[] = []) {
    super(ErrorCode.BAD_USER_INPUT, message, fields.length ? { fields } : {});
  }

  /** One field is wrong: the message names it. */
  static field(field: string, problem: string): BadUserInputError {
    return new BadUserInputError(`${field}: ${problem}`, [{ field, problems: [problem] }]);
  }
}

/** Nothing was done because the database could not be reached; `retryable` tells a client that sending the same request again is safe. */
export class UnavailableError extends WaymarkError {
  constructor(message = 'Waymark cannot reach its database just now, so nothing was saved. Please try again in a moment.') {
    super(ErrorCode.UNAVAILABLE, message, { retryable: true });
  }
}
