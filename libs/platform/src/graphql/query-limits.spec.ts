import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { queryLimitsRule } from './query-limits';

const schema = buildSchema(`
  type Query { people(first: Int): PersonConnection! person: Person }
  type PersonConnection { nodes: [Person!]! }
  type Person { id: ID! name: String friends(first: Int): [Person!]! }
`);
const limits = { maxDepth: 4, maxCost: 200, maxAliases: 2, defaultListSize: 10, maxListSize: 100 };
const problems = (query: string) => validate(schema, parse(query), [...specifiedRules, queryLimitsRule(limits)]).map((e) => e.message);

describe('queryLimitsRule', () => {
  it('lets an ordinary query through', () => {
    expect(problems(`{ people(first: 5) { nodes { id name } } }`)).toEqual([]);
  });

  it('measures depth through fragments', () => {
    const query = `{ person { ...F } } fragment F on Person { friends(first: 1) { friends(first: 1) { friends(first: 1) { id } } } }`;
    expect(problems(query)).toEqual([expect.stringMatching(/nested 5 levels deep; the limit is 4/)]);
  });

  it('multiplies cost by page size, counting a connection once', () => {
    // 1 (people) + 50 × (1 nodes + 1 id + 1 name + (1 + 10 × 1 friends.id)) = 701
    expect(problems(`{ people(first: 50) { nodes { id name friends { id } } } }`)).toEqual([
      expect.stringMatching(/would cost about 701 units; the limit is 200/),
    ]);
  });

  it('assumes the largest page when the page size is a variable', () => {
    expect(problems(`query ($n: Int) { people(first: $n) { nodes { id name } } }`)).toEqual([expect.stringMatching(/would cost about 301 units/)]);
  });

  it('counts aliases', () => {
    expect(problems(`{ a: person { id } b: person { id } c: person { id } }`)).toEqual([expect.stringMatching(/uses 3 aliases; the limit is 2/)]);
  });

  it('ignores introspection fields', () => {
    expect(problems(`{ __schema { types { fields { type { ofType { ofType { name } } } } } } }`)).toEqual([]);
  });
});
