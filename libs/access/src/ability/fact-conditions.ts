import { buildMongoQueryMatcher } from '@casl/ability';
import { EntityManager } from 'typeorm';
import { AppAbility, SubjectType } from './app-ability';
import { FactSet } from './fact-set';

/**
 * `{ familyId: { $inFact: allocatedFamilies } }`: the record's field is in a relationship fact. In SQL
 * it becomes an EXISTS over the fact's own query (FactSet.toSqlCondition); in memory it asks the
 * fact, which must have been prepared for that record (`prepareChecks`).
 */
const $inFact = {
  type: 'field',
  validate(instruction: { name: string }, value: unknown) {
    if (!(value instanceof FactSet)) throw new Error(`"${instruction.name}" expects an access fact (FactSet)`);
  },
};

const inFact = (node: { field: string; value: FactSet }, object: unknown, { get }: { get: (object: unknown, field: string) => unknown }) =>
  node.value.has(get(object, node.field));

export const factConditionsMatcher = buildMongoQueryMatcher({ $inFact } as never, { inFact } as never);

/**
 * Before records are checked in memory (a record fetched by id, rows of a nested list, a field's
 * restriction), asks each fact the caller's rules on `subjectType` (for `actions`, or all) test about
 * those records' ids: one query for all of them, in the caller's transaction when there is one.
 */
export async function prepareChecks(
  ability: AppAbility,
  subjectType: SubjectType,
  records: readonly object[],
  actions?: readonly string[],
  manager?: EntityManager,
): Promise<void> {
  if (!records.length) return;
  const asked = new Map<FactSet, unknown[]>();
  const visit = (conditions: unknown): void => {
    if (!conditions || typeof conditions !== 'object') return;
    for (const [key, condition] of Object.entries(conditions as Record<string, unknown>)) {
      if (key === '$and' || key === '$or') (condition as unknown[]).forEach(visit);
      else if (condition && typeof condition === 'object' && (condition as { $inFact?: unknown }).$inFact instanceof FactSet) {
        const fact = (condition as { $inFact: FactSet }).$inFact;
        asked.set(fact, [...(asked.get(fact) ?? []), ...records.map((record) => (record as Record<string, unknown>)[key])]);
      }
    }
  };
  for (const rule of ability.rules) {
    const subjects = Array.isArray(rule.subject) ? rule.subject : [rule.subject];
    const ruleActions = Array.isArray(rule.action) ? rule.action : [rule.action];
    if (subjects.includes(subjectType) && (!actions || ruleActions.some((action) => actions.includes(action)))) visit(rule.conditions);
  }
  await Promise.all([...asked].map(([fact, ids]) => fact.prepare(ids, manager)));
}
