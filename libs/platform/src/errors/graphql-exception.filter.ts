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
      if (exception instanceof Error && requestId) Object.assign(exception, { requestId });
      return exception;
    }
    return super.catch(exception, host);
  }
}
