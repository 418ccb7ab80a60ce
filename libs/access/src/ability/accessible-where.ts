import { rulesToAST } from '@casl/ability/extra';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Action, AppAbility, READ_RESTRICTED, SubjectType } from './app-ability';
import { FactSet } from './fact-set';

export interface AccessCondition {
  operator: string;
  field?: string;
  value: unknown;
}

export interface SqlFragment {
  sql: string;
  params: Record<string, unknown>;
}

const COMPARISONS: Record<string, string> = { eq: '=', ne: '<>', lt: '<', lte: '<=', gt: '>', gte: '>=' };

/**
 * Renders a CASL condition tree as a SQL boolean expression over `alias.<property>` with named
 * parameters. Only operators with an exact SQL meaning are accepted; anything else is a bug in a
 * permissions file and fails loudly rather than widening access.
 */
export function conditionToSql(condition: AccessCondition, alias: string, prefix = 'acl', columnOf = (field: string) => `${alias}.${field}`): SqlFragment {
  const params: Record<string, unknown> = {};
  let counter = 0;

  const render = (node: AccessCondition): string => {
    if (node.operator === 'and' || node.operator === 'or') {
      const parts = (node.value as AccessCondition[]).map((child) => `(${render(child)})`);
      if (!parts.length) return node.operator === 'and' ? 'TRUE' : 'FALSE';
      return parts.join(node.operator === 'and' ? ' AND ' : ' OR ');
    }
    if (node.operator === 'not') return `NOT (${render((node.value as AccessCondition[])[0])})`;

    const column = columnOf(assertIdentifier(node.field));
    const name = `${prefix}_${counter++}`;
    if (node.operator in COMPARISONS) {
      if (node.value === null) return node.operator === 'ne' ? `${column} IS NOT NULL` : node.operator === 'eq' ? `${column} IS NULL` : 'FALSE';
      params[name] = node.value;
      return `${column} ${COMPARISONS[node.operator]} :${name}`;
    }
    if (node.operator === 'inFact') {
      const fact = (node.value as FactSet).toSqlCondition(column, name);
      Object.assign(params, fact.params);
      return fact.sql;
    }
    if (node.operator === 'in' || node.operator === 'nin') {
      const values = node.value as unknown[];
      if (!values.length) return node.operator === 'in' ? 'FALSE' : 'TRUE';
      params[name] = values;
      return `${column} ${node.operator === 'in' ? 'IN' : 'NOT IN'} (:...${name})`;
    }
    throw new Error(`Access condition operator "${node.operator}" has no SQL form`);
  };

  return { sql: render(condition), params };
}

/** The WHERE fragment for records of `subjectType` the caller may `action`; FALSE when none. */
export function accessibleWhere(ability: AppAbility, action: Action, subjectType: SubjectType, alias: string): SqlFragment {
  const ast = rulesToAST(ability, action, subjectType) as AccessCondition | null;
  if (!ast) return { sql: 'FALSE', params: {} };
  return conditionToSql(ast, alias, `acl_${subjectType.toLowerCase()}`);
}

/**
 * The WHERE fragment for records of `subjectType` on which the caller may read the restricted
 * `field` (on top of reading the record itself): what a search must AND with any match on that
 * field, so that a value the caller may not see can never find a record for them. FALSE when no
 * grant covers the field. Rules are combined as CASL's own rulesToQuery does, most recent first.
 */
export function readableFieldWhere(ability: AppAbility, subjectType: SubjectType, field: string, alias: string): SqlFragment {
  const allowing: AccessCondition[] = [];
  const forbidding: AccessCondition[] = [];
  let everything = false;
  for (const rule of ability.rulesFor(READ_RESTRICTED, subjectType, field)) {
    const ast = rule.ast as AccessCondition | undefined;
    if (!ast) {
      if (!rule.inverted) everything = true;
      break;
    }
    if (rule.inverted) forbidding.push({ operator: 'not', value: [ast] });
    else allowing.push(ast);
  }
  if (!everything && !allowing.length) return { sql: 'FALSE', params: {} };
  const allowed: AccessCondition[] = everything ? [] : [{ operator: 'or', value: allowing }];
  return conditionToSql({ operator: 'and', value: [...forbidding, ...allowed] }, alias, `acl_${subjectType.toLowerCase()}_${assertIdentifier(field)}`);
}

/** Applies the caller's conditions to a list query in the database, never in memory. */
export function applyAccessFilter<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  ability: AppAbility,
  action: Action,
  subjectType: SubjectType,
): SelectQueryBuilder<T> {
  const { sql, params } = accessibleWhere(ability, action, subjectType, query.alias);
  return query.andWhere(`(${sql})`, params);
}

function assertIdentifier(field: string | undefined): string {
  if (!field || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(field)) throw new Error(`Access condition field "${field}" is not a property name`);
  return field;
}

/**
 * The ids of `subjectType` records the caller may `action`, as one UNION ALL of small sources (each
 * relationship fact's own SQL, or `SELECT id FROM <table> WHERE <rule>` for a rule on the record's
 * columns) with positional parameters: what a caller with few records (a practitioner's caseload)
 * should start from, where a whole-table filter would be probed row by row. Null when a rule can't be
 * split that way (a `cannot` rule, or a rule without conditions: everything).
 */
export function accessibleIdSources(ability: AppAbility, action: Action, subjectType: SubjectType, table: string): { sql: string; params: unknown[] } | null {
  const rules = ability.rulesFor(action, subjectType);
  if (!rules.length) return { sql: 'SELECT NULL::uuid AS id WHERE FALSE', params: [] };
  const params: unknown[] = [];
  const sources: string[] = [];
  for (const [index, rule] of rules.entries()) {
    if (rule.inverted || !rule.ast) return null;
    const ast = rule.ast as AccessCondition;
    if (ast.operator === 'inFact' && ast.field === 'id') {
      sources.push((ast.value as FactSet).toPositionalSql(params));
      continue;
    }
    // Raw SQL, not a query builder: property names become the snake_case columns they map to.
    const where = conditionToSql(ast, 'record', `rule_${index}`, (field) => `record.${field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`);
    if (where.sql.includes(':...')) return null; // a list parameter has no positional form here
    const sql = where.sql.replace(/(?<!:):([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => (params.push(where.params[name]), `$${params.length}`));
    sources.push(`SELECT record.id FROM ${assertIdentifier(table)} record WHERE ${sql}`);
  }
  return { sql: sources.join('\nUNION ALL\n'), params };
}
