import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Kind, lexicographicSortSchema, parse, print, printSchema, validate } from 'graphql';
import { PermissionCatalogue } from '../libs/access/src';
import { startTestApp, TestApp } from './support/test-app';

const SCHEMA_FILE = join(__dirname, '..', 'schema.gql');

describe('The API surface', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('every query and mutation in the schema declares its permission (deny by default)', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const inSchema = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((name) => `Query.${name}`),
      ...Object.keys(schema.getMutationType()!.getFields()).map((name) => `Mutation.${name}`),
    ].sort();
    const catalogue = t.app.get(PermissionCatalogue).operations();
    expect(catalogue.map((entry) => entry.operation)).toEqual(inSchema);
    expect(catalogue.filter((entry) => entry.permission === null)).toEqual([]);
  });

  it('records each operation with its permission, so a change shows up in review', () => {
    expect(t.app.get(PermissionCatalogue).operations()).toMatchSnapshot();
  });

  it('every GraphQL example in the README is a valid operation against the schema', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
    const operations = blocks.flatMap((block) => parse(block).definitions);
    expect(operations.length).toBeGreaterThan(25);
    const problems = operations.flatMap((operation) =>
      validate(schema, { kind: Kind.DOCUMENT, definitions: [operation] }).map((error) => `${print(operation).slice(0, 60)}…: ${error.message}`),
    );
    expect(problems).toEqual([]);
  });

  it('matches the committed schema.gql (regenerate with npm run schema:generate)', () => {
    const printed = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, printed);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printed);
  });
});
