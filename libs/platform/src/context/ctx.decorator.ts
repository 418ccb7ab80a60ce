import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestContext } from './request-context';

export const REQUEST_CONTEXT_KEY = 'waymarkContext';

export interface RequestWithContext {
  [REQUEST_CONTEXT_KEY]?: RequestContext;
}

export function requestContextOf(executionContext: ExecutionContext): RequestContext {
  const req = requestOf(executionContext);
  const ctx = req[REQUEST_CONTEXT_KEY];
  if (!ctx) throw new Error('RequestContext missing: the request-id middleware did not run');
  return ctx;
}

export function requestOf(
  executionContext: ExecutionContext,
): RequestWithContext & Record<string, any> /* eslint-disable-line @typescript-eslint/no-explicit-any -- the request as Express and Nest hand it over */ {
  if (executionContext.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(executionContext).getContext().req;
  }
  return executionContext.switchToHttp().getRequest();
}

/** Injects the RequestContext into a resolver method: `create(@Ctx() ctx, @Args('input') input)`. */
export const Ctx = createParamDecorator((_data: unknown, executionContext: ExecutionContext) => requestContextOf(executionContext));
