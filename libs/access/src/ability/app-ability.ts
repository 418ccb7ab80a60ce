import { MongoAbility, subject as caslSubject } from '@casl/ability';
import { Action, Actor, SubjectType } from '@waymark/platform';
import { AccessFacts } from './access-facts';

export type { Action, SubjectType } from '@waymark/platform';

export type AppAbility = MongoAbility<[Action, SubjectType | Record<string, unknown>]>;

/** Marks a plain record as a subject so that conditions are checked against it. */
export function asSubject(type: SubjectType, record: object): Record<string, unknown> {
  return caslSubject(type, { ...record } as Record<string, unknown>);
}

export interface PermissionRuleContext {
  actor: Actor;
  facts: AccessFacts;
}

type Can = (action: Action | Action[], subject: SubjectType | SubjectType[], fieldsOrConditions?: string[] | object, conditions?: object) => unknown;

/** Grants restricted fields of records the caller can already read; it never opens a record. */
export type GrantFields = (subject: SubjectType, fields: string[], conditions?: object) => void;

/** The action restricted-field grants are recorded under, apart from 'read' so row queries never see them. */
export const READ_RESTRICTED = 'read-restricted';

/**
 * A feature's permissions, one object per `<feature>.permissions.ts`.
 * `rows` says which records of which types a caller may act on. Fields declared with
 * @RestrictedField are hidden unless `restrictedFields` grants them; a grant only ever applies on
 * top of row access, never instead of it.
 */
export interface FeaturePermissions {
  feature: string;
  /**
   * The feature's records are case records (a family's people, referrals, meetings…): none of its rules
   * apply to a user who sees no case data (only ADMIN or ANALYST), so such a user is refused its
   * queries outright rather than answered with an empty list.
   */
  caseRecords?: true;
  rows(ctx: PermissionRuleContext, can: Can, cannot: Can): void;
  restrictedFields?(ctx: PermissionRuleContext, grant: GrantFields): void;
}
