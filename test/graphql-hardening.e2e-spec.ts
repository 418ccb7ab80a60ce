import { Role } from '../libs/access/src';
import { aUser, SignedInUser } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

describe('GraphQL hardening', () => {
  let t: TestApp;
  let admin: SignedInUser;
  beforeAll(async () => {
    t = await startTestApp({ GRAPHQL_MAX_DEPTH: '4', GRAPHQL_MAX_COST: '500', GRAPHQL_MAX_ALIASES: '5' });
    admin = await aUser(t, [Role.ADMIN]);
  });
  afterAll(() => t.close());

  it('refuses an over-deep query before running it', async () => {
    const deep = `{ auditEvents { nodes { actor { agency { id } } } } }`;
    const result = await t.gql(deep, {}, { token: admin.token });
    expect(result.status).toBe(400);
    expect(result.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toMatch(/nested 5 levels deep; the limit is 4/);
  });

  it('refuses an over-costly query, counting page sizes', async () => {
    const costly = `{ users(first: 100) { nodes { id displayName agency { id name } } } }`;
    const result = await t.gql(costly, {}, { token: admin.token });
    expect(result.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toMatch(/would cost about \d+ units; the limit is 500/);
    const modest = await t.gql(`{ users(first: 10) { nodes { id displayName agency { id name } } } }`, {}, { token: admin.token });
    expect(modest.errors).toBeUndefined();
  });

  it('refuses an alias flood', async () => {
    const aliases = Array.from({ length: 6 }, (_, i) => `a${i}: me { id }`).join(' ');
    const result = await t.gql(`{ ${aliases} }`, {}, { token: admin.token });
    expect(result.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toMatch(/uses 6 aliases; the limit is 5/);
  });

  it('refuses batched HTTP requests', async () => {
    const response = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .send([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body ?? response.text)).not.toMatch(/__typename":"Query/);
  });

  it('refuses a request body over the size limit', async () => {
    const response = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ __typename }', variables: { padding: 'x'.repeat(150 * 1024) } });
    expect(response.status).toBe(413);
    expect(response.body.errors[0]).toEqual({ message: 'The request is too large.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('answers malformed JSON with a coded error', async () => {
    const response = await t.http.post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('reports malformed queries as BAD_USER_INPUT', async () => {
    const syntax = await t.gql(`{ me { id `, {}, { token: admin.token });
    expect(syntax.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const unknownField = await t.gql(`{ me { shoeSize } }`, {}, { token: admin.token });
    expect(unknownField.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const wrongEnum = await t.gql(`mutation { createAgency(input: { name: "X Agency", kind: SPACE_AGENCY }) { id } }`, {}, { token: admin.token });
    expect(wrongEnum.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('allows introspection outside production', async () => {
    const result = await t.gql(`{ __schema { queryType { name } } }`);
    expect(result.data.__schema.queryType.name).toBe('Query');
  });

  it('never sends stack traces or SQL: an unexpected failure is INTERNAL with a generic message', async () => {
    await t.dataSource.query(`ALTER TABLE agency RENAME TO agency_renamed_by_test`);
    try {
      const result = await t.gql(`{ agencies { id } }`, {}, { token: admin.token, headers: { 'x-request-id': 'internal-failure-test' } });
      expect(result.errors![0].extensions.code).toBe('INTERNAL');
      expect(result.errors![0].message).toMatch(/Something went wrong on our side/);
      expect(result.errors![0].extensions.requestId).toBe('internal-failure-test');
      const body = JSON.stringify(result.errors);
      expect(body).not.toMatch(/agency_renamed|SELECT|relation|stack|\.ts:/i);
    } finally {
      await t.dataSource.query(`ALTER TABLE agency_renamed_by_test RENAME TO agency`);
    }
  });
});

describe('GraphQL in production mode', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ NODE_ENV: 'production', DATABASE_MIGRATE_ON_START: 'false' })));
  afterAll(() => t.close());

  it('refuses introspection', async () => {
    const result = await t.gql(`{ __schema { types { name } } }`);
    expect(result.data).toBeUndefined();
    expect(result.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toMatch(/introspection/i);
  });

  it('does not hint at field names', async () => {
    const result = await t.gql(`{ mee { id } }`);
    expect(result.errors![0].message).not.toMatch(/Did you mean/);
  });

  it('serves no IDE page', async () => {
    const response = await t.http.get('/graphql').set('accept', 'text/html');
    expect(response.text ?? '').not.toMatch(/<html/i);
  });
});
