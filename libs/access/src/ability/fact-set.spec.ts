import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import { EntityManager } from 'typeorm';
import { AppAbility, asSubject } from './app-ability';
import { accessibleWhere } from './accessible-where';
import { factConditionsMatcher, prepareChecks } from './fact-conditions';
import { FactSet } from './fact-set';

const F1 = '00000000-0000-4000-8000-000000000001';
const F2 = '00000000-0000-4000-8000-000000000002';
const F3 = '00000000-0000-4000-8000-000000000003';

/** Answers the membership query as if the fact held only F1, and records what was asked. */
function fakeManager(asked: unknown[][]): EntityManager {
  return {
    query: async (_sql: string, values: unknown[]) => (asked.push(values), (values[0] as string[]).filter((id) => id === F1).map((id) => ({ fact: 0, id }))),
  } as never;
}

function abilityWith(fact: FactSet): AppAbility {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  builder.can('read', 'Family', { id: { $inFact: fact } } as never);
  return builder.build({ conditionsMatcher: factConditionsMatcher });
}

describe('FactSet', () => {
  it('renders every source as an EXISTS with its own named parameters', () => {
    const fact = FactSet.of('allocated', {} as EntityManager, 'SELECT a.id FROM a WHERE a.user_id = $1 AND a.team = $2', 'u', 't').union(
      FactSet.of('allocated', {} as EntityManager, 'SELECT b.id FROM b WHERE b.user_id = $1', 'v'),
    );
    const { sql, params } = fact.toSqlCondition('f.id', 'acl');
    expect(sql).toBe(
      'EXISTS (SELECT 1 FROM (SELECT a.id FROM a WHERE a.user_id = :acl_0_1 AND a.team = :acl_0_2) AS fact_source WHERE fact_source.id = f.id)' +
        ' OR EXISTS (SELECT 1 FROM (SELECT b.id FROM b WHERE b.user_id = :acl_1_1) AS fact_source WHERE fact_source.id = f.id)',
    );
    expect(params).toEqual({ acl_0_1: 'u', acl_0_2: 't', acl_1_1: 'v' });
    expect(FactSet.none('allocated').toSqlCondition('f.id', 'acl').sql).toBe('FALSE');
  });

  it('refuses to answer about an id it was not asked to prepare, and knows nothing is in an empty set', () => {
    expect(() => FactSet.of('allocated', fakeManager([]), 'SELECT 1').has(F1)).toThrow(/not prepared/);
    expect(FactSet.none('allocated').has(F1)).toBe(false);
  });

  it('asks once for every record checked in the same tick, then answers from what it learnt', async () => {
    const asked: unknown[][] = [];
    const fact = FactSet.of('allocated', fakeManager(asked), 'SELECT a.id FROM a WHERE a.user_id = $1', 'u');
    await Promise.all([fact.prepare([F1]), fact.prepare([F2, F1]), fact.prepare([null, 'not-an-id'])]);
    expect(asked).toEqual([[[F1, F2], 'u']]);
    expect([fact.has(F1), fact.has(F2), fact.has(null)]).toEqual([true, false, false]);
    await fact.prepare([F1, F2]);
    expect(asked).toHaveLength(1);
  });

  it('is a CASL condition: checked in memory once prepared, and a subquery in SQL', async () => {
    const fact = FactSet.of('allocated', fakeManager([]), 'SELECT a.family_id AS id FROM family_allocation a WHERE a.user_id = $1', 'u');
    const ability = abilityWith(fact);
    const families = [{ id: F1 }, { id: F3 }];
    await prepareChecks(ability, 'Family', families);
    expect(families.map((f) => ability.can('read', asSubject('Family', f)))).toEqual([true, false]);
    const where = accessibleWhere(ability, 'read', 'Family', 'f');
    expect(where.sql).toBe(
      'EXISTS (SELECT 1 FROM (SELECT a.family_id AS id FROM family_allocation a WHERE a.user_id = :acl_family_0_0_1) AS fact_source WHERE fact_source.id = f.id)',
    );
    expect(Object.values(where.params)).toEqual(['u']);
  });
});
