import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, GqlExceptionFilter } from '@nestjs/graphql';
import { REQUEST_CONTEXT_KEY } from '../context/ctx.decorator';

/**
 * The one exception filter. GraphQL errors are handed back untouched to Apollo, whose formatError
 * (createErrorFormatter) decides what the client sees and logs what is unexpected; expected
 * business errors are not logged as server faults. HTTP routes keep Nest's default handling.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') {
      // Lets the formatter quote the request id to the client and in the log.
      const requestId = GqlArgumentsHost.create(host).getContext()?.req?.[REQUEST_CONTEXT_KEY]?.requestId;
      // What the filter returns becomes the field's value, and graphql-js fails the field only for an
      // Error: anything else thrown (or an error from another realm, such as a socket error under
      // Jest) would be served as data. Wrapped, the formatter still finds the original as the cause.
      const error = exception instanceof Error ? exception : Object.assign(new Error(messageOf(exception)), { cause: exception });
      if (requestId) Object.assign(error, { requestId });
      return error;
    }
    return super.catch(exception, host);
  }
}

function messageOf(thrown: unknown): string {
  const message = (thrown as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(thrown);
}
