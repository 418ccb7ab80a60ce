import { Field, FieldMiddleware, FieldOptions, MiddlewareContext, ReturnTypeFunc } from '@nestjs/graphql';
import { REQUEST_CONTEXT_KEY, RequestContext } from '@waymark/platform';
import { AppAbility, asSubject, READ_RESTRICTED, SubjectType } from './app-ability';
import { prepareChecks } from './fact-conditions';

const restricted = new Map<SubjectType, Set<string>>();

/** The fields of `subjectType` declared with @RestrictedField. */
export function restrictedFieldsOf(subjectType: SubjectType): string[] {
  return [...(restricted.get(subjectType) ?? [])];
}

/** Readable only when the caller may read the record itself and a grant covers this field of it. */
export function canReadField(ability: AppAbility | undefined, subjectType: SubjectType, record: object, field: string): boolean {
  if (!ability) return false;
  const subject = asSubject(subjectType, record);
  return ability.can('read', subject) && ability.can(READ_RESTRICTED, subject, field);
}

/**
 * The one mechanism for field-level restriction, for every type and every path (lists, details,
 * nested objects, exports, job outputs): a value the caller may not read becomes null, so its
 * existence is not revealed.
 */
export function redactRecord<T extends object>(ability: AppAbility | undefined, subjectType: SubjectType, record: T): T {
  const fields = restricted.get(subjectType);
  if (!fields) return record;
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const field of fields) {
    if (field in copy && !canReadField(ability, subjectType, record, field)) copy[field] = null;
  }
  return copy as T;
}

/** The request's ability, with the facts its field rules need for this record loaded. */
async function preparedAbility(mctx: MiddlewareContext, subjectType: SubjectType): Promise<AppAbility | undefined> {
  const requestContext: RequestContext | undefined = mctx.context?.req?.[REQUEST_CONTEXT_KEY];
  const ability = requestContext?.ability as AppAbility | undefined;
  if (ability) await prepareChecks(ability, subjectType, [mctx.source as object], ['read', READ_RESTRICTED], requestContext?.queryRunner?.manager);
  return ability;
}

function restrictedFieldMiddleware(subjectType: SubjectType): FieldMiddleware {
  return async (mctx: MiddlewareContext, next) => {
    const ability = await preparedAbility(mctx, subjectType);
    if (!canReadField(ability, subjectType, mctx.source as object, mctx.info.fieldName)) return null;
    return next();
  };
}

/**
 * `@RestrictedField('User', () => String)` on a GraphQL model property: always nullable, hidden
 * unless a `restrictedFields` permission grants it.
 */
export function RestrictedField(subjectType: SubjectType, type: ReturnTypeFunc, options: FieldOptions = {}): PropertyDecorator {
  return (target: object, propertyKey: string | symbol) => {
    const fields = restricted.get(subjectType) ?? new Set<string>();
    fields.add(String(propertyKey));
    restricted.set(subjectType, fields);
    Field(type, { ...options, nullable: true, middleware: [restrictedFieldMiddleware(subjectType)] })(target, propertyKey);
  };
}

function hiddenFieldsMiddleware(subjectType: SubjectType): FieldMiddleware {
  return async (mctx: MiddlewareContext) => {
    const ability = await preparedAbility(mctx, subjectType);
    return restrictedFieldsOf(subjectType).filter((field) => !canReadField(ability, subjectType, mctx.source as object, field));
  };
}

/**
 * `hiddenFields` on a model with restricted fields: which of them this caller may not read on this
 * record, so a screen can say "Not shown to your role" instead of showing a hidden value as empty.
 * It names fields, never their values, and is the same for every record the rule treats alike.
 */
export function HiddenFieldsField(subjectType: SubjectType): PropertyDecorator {
  return (target: object, propertyKey: string | symbol) => {
    Field(() => [String], {
      description: 'The restricted fields of this record that your role may not see (they read as null).',
      middleware: [hiddenFieldsMiddleware(subjectType)],
    })(target, propertyKey);
  };
}
