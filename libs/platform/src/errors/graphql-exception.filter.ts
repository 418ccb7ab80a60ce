import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * The one exception filter. GraphQL errors are handed back untouched to Apollo, whose formatError
 * (createErrorFormatter) decides what the client sees and logs what is unexpected; expected
 * business errors are not logged as server faults. HTTP routes keep Nest's default handling.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
