import { ForbiddenError, RequestContext } from '@waymark/platform';
import { Action, AppAbility, asSubject, SubjectType } from './app-ability';

export function abilityOf(ctx: RequestContext): AppAbility {
  if (!ctx.ability) throw new Error('No ability on the request context: the access guard did not run');
  return ctx.ability as AppAbility;
}

/** Record-level check for a single record already loaded. */
export function assertCan(ctx: RequestContext, action: Action, subjectType: SubjectType, record: object, message?: string): void {
  if (!abilityOf(ctx).can(action, asSubject(subjectType, record))) {
    throw new ForbiddenError(message ?? `You have no involvement that lets you ${action} this ${subjectType.toLowerCase()}.`);
  }
}
