import { ForbiddenError, RequestContext } from '@waymark/platform';
import { Action, AppAbility, asSubject, SubjectType } from './app-ability';
import { prepareChecks } from './fact-conditions';

export function abilityOf(ctx: RequestContext): AppAbility {
  if (!ctx.ability) throw new Error('No ability on the request context: the access guard did not run');
  return ctx.ability as AppAbility;
}

/** Record-level check for a single record already loaded. */
export async function assertCan(ctx: RequestContext, action: Action, subjectType: SubjectType, record: object, message?: string): Promise<void> {
  if (!(await allowed(ctx, action, subjectType, record))) {
    throw new ForbiddenError(message ?? `You have no involvement that lets you ${action} this ${subjectType.toLowerCase()}.`);
  }
}

/** Whether the caller may act on one record already loaded (its relationship facts are looked up first). */
export async function allowed(ctx: RequestContext, action: Action, subjectType: SubjectType, record: object): Promise<boolean> {
  const ability = abilityOf(ctx);
  await prepareChecks(ability, subjectType, [record], [action], ctx.queryRunner?.manager);
  return ability.can(action, asSubject(subjectType, record));
}

/** The rows the caller may act on, of rows already loaded (nested lists); top-level lists filter in SQL instead. */
export async function onlyAllowed<T extends object>(ctx: RequestContext, action: Action, subjectType: SubjectType, rows: T[]): Promise<T[]> {
  const ability = abilityOf(ctx);
  await prepareChecks(ability, subjectType, rows, [action], ctx.queryRunner?.manager);
  return rows.filter((row) => ability.can(action, asSubject(subjectType, row)));
}
