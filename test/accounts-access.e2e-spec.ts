import { AgencyKind, Role } from '../libs/access/src';
import { anAgency, aUser, SignedInUser } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const USERS = `query ($agencyId: ID) { users(agencyId: $agencyId, first: 100) { nodes { id email lastSignInAt agency { id } } pageInfo { hasNextPage } } }`;

describe('Accounts: who may see and manage them', () => {
  let t: TestApp;
  let admin: SignedInUser;
  let police: Awaited<ReturnType<typeof anAgency>>;
  let manager: SignedInUser;
  let colleague: SignedInUser;
  let outsider: SignedInUser;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await aUser(t, [Role.ADMIN]);
    police = await anAgency(t, AgencyKind.POLICE);
    manager = await aUser(t, [Role.MANAGER], police);
    colleague = await aUser(t, [Role.AGENCY_REPRESENTATIVE], police);
    outsider = await aUser(t, [Role.CASE_PRACTITIONER]);
  });
  afterAll(() => t.close());

  it('an administrator creates an agency and a user; the new user can sign in', async () => {
    const agency = await t.gql(
      `mutation ($input: CreateAgencyInput!) { createAgency(input: $input) { id name kind } }`,
      { input: { name: `Harbour IDVA Service ${Date.now()}`, kind: 'IDVA_SERVICE' } },
      { token: admin.token },
    );
    expect(agency.data.createAgency.kind).toBe('IDVA_SERVICE');
    const email = `idva-${Date.now()}@test.waymark`;
    const created = await t.gql(
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { id email roles active agency { name } } }`,
      { input: { email, displayName: 'Ida Vale', agencyId: agency.data.createAgency.id, roles: ['DVA_SPECIALIST'], password: 'a long enough password' } },
      { token: admin.token },
    );
    expect(created.data.createUser).toMatchObject({ email, roles: ['DVA_SPECIALIST'], active: true });
    const login = await t.gql(`mutation { login(input: { email: "${email}", password: "a long enough password" }) { user { id } } }`);
    expect(login.data.login.user.id).toBe(created.data.createUser.id);
  });

  it('creating a user with bad input names every wrong field and writes nothing', async () => {
    const result = await t.gql(
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { email: 'nope', displayName: 'X', agencyId: police.id, roles: [], password: 'short' } },
      { token: admin.token },
    );
    expect(result.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const fields = (result.errors![0].extensions.fields as Array<{ field: string }>).map((f) => f.field).sort();
    expect(fields).toEqual(['displayName', 'email', 'password', 'roles']);
  });

  it('a duplicate email is a CONFLICT and an unknown agency NOT_FOUND, and neither leaves a user behind', async () => {
    const duplicate = await t.gql(
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { email: colleague.email.toUpperCase(), displayName: 'Copy Cat', agencyId: police.id, roles: ['ANALYST'], password: 'a long enough password' } },
      { token: admin.token },
    );
    expect(duplicate.errors![0].extensions.code).toBe('CONFLICT');
    const email = `ghost-${Date.now()}@test.waymark`;
    const unknownAgency = await t.gql(
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { email, displayName: 'Ghost', agencyId: '00000000-0000-4000-8000-000000000000', roles: ['ANALYST'], password: 'a long enough password' } },
      { token: admin.token },
    );
    expect(unknownAgency.errors![0]).toMatchObject({ message: 'agencyId: no agency has that id.', extensions: { code: 'NOT_FOUND' } });
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM app_user WHERE lower(email) = $1`, [email]);
    expect(count).toBe(0);
  });

  it('a role without permission gets FORBIDDEN, and the refusal is audited', async () => {
    const attempt = await t.gql(`mutation { createAgency(input: { name: "Rogue agency", kind: POLICE }) { id } }`, {}, { token: outsider.token });
    expect(attempt.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: 'Your role does not allow you to create agencies.' });
    const [denied] = await t.dataSource.query(`SELECT action, subject_type, detail FROM audit_event WHERE actor_user_id = $1 ORDER BY id DESC LIMIT 1`, [
      outsider.id,
    ]);
    expect(denied).toEqual({ action: 'access.denied', subject_type: 'Agency', detail: { operation: 'Mutation.createAgency', permission: 'create' } });
  });

  it("a manager lists only their own agency's accounts, filtered in the database", async () => {
    const result = await t.gql(USERS, {}, { token: manager.token });
    const ids = result.data.users.nodes.map((u: { id: string }) => u.id);
    expect(ids).toEqual(expect.arrayContaining([manager.id, colleague.id]));
    expect(ids).not.toContain(outsider.id);
    expect(ids).not.toContain(admin.id);
    expect(result.data.users.nodes.every((u: { agency: { id: string } }) => u.agency.id === police.id)).toBe(true);
  });

  it('a practitioner listing accounts sees only their own', async () => {
    const result = await t.gql(USERS, {}, { token: outsider.token });
    expect(result.data.users.nodes.map((u: { id: string }) => u.id)).toEqual([outsider.id]);
  });

  it('restricted fields are null, not errors, wherever a user appears without the right to see them', async () => {
    // The manager may see colleagues' emails but not when they last signed in.
    const list = await t.gql(USERS, { agencyId: police.id }, { token: manager.token });
    const listed = list.data.users.nodes.find((u: { id: string }) => u.id === colleague.id);
    expect(listed).toMatchObject({ email: colleague.email, lastSignInAt: null });
    expect(list.errors).toBeUndefined();

    const detail = await t.gql(`query ($id: ID!) { user(id: $id) { email lastSignInAt } }`, { id: colleague.id }, { token: manager.token });
    expect(detail.data.user).toEqual({ email: colleague.email, lastSignInAt: null });

    // Nested: the same user reached through the audit trail.
    const nested = await t.gql(
      `query ($actor: ID!) { auditEvents(actorUserId: $actor, first: 5) { nodes { actor { id email lastSignInAt } } } }`,
      { actor: colleague.id },
      { token: manager.token },
    );
    expect(nested.data.auditEvents.nodes.length).toBeGreaterThan(0);
    expect(nested.data.auditEvents.nodes[0].actor).toEqual({ id: colleague.id, email: colleague.email, lastSignInAt: null });

    // The user themselves, and administrators, see both.
    const own = await t.gql(`{ me { email lastSignInAt } }`, {}, { token: colleague.token });
    expect(own.data.me.email).toBe(colleague.email);
    expect(own.data.me.lastSignInAt).not.toBeNull();
    const byAdmin = await t.gql(`query ($id: ID!) { user(id: $id) { lastSignInAt } }`, { id: colleague.id }, { token: admin.token });
    expect(byAdmin.data.user.lastSignInAt).not.toBeNull();
  });

  it('reading an account outside your scope is FORBIDDEN; a malformed id is BAD_USER_INPUT', async () => {
    const other = await t.gql(`query ($id: ID!) { user(id: $id) { id } }`, { id: outsider.id }, { token: manager.token });
    expect(other.errors![0].extensions.code).toBe('FORBIDDEN');
    const malformed = await t.gql(`{ user(id: "42") { id } }`, {}, { token: manager.token });
    expect(malformed.errors![0]).toMatchObject({ message: 'id: is not a valid id', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('pages through users with a cursor', async () => {
    const first = await t.gql(`{ users(first: 2) { nodes { id } pageInfo { hasNextPage endCursor } } }`, {}, { token: admin.token });
    expect(first.data.users.nodes).toHaveLength(2);
    expect(first.data.users.pageInfo.hasNextPage).toBe(true);
    const second = await t.gql(
      `query ($after: String) { users(first: 2, after: $after) { nodes { id } } }`,
      { after: first.data.users.pageInfo.endCursor },
      { token: admin.token },
    );
    const firstIds = first.data.users.nodes.map((u: { id: string }) => u.id);
    for (const node of second.data.users.nodes) expect(firstIds).not.toContain(node.id);
    const bad = await t.gql(`{ users(after: "garbage") { nodes { id } } }`, {}, { token: admin.token });
    expect(bad.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const forged = Buffer.from(JSON.stringify(['Someone', 'not-a-uuid'])).toString('base64url');
    const forgedResult = await t.gql(`query ($after: String) { users(after: $after) { nodes { id } } }`, { after: forged }, { token: admin.token });
    expect(forgedResult.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('an administrator cannot deactivate their own account', async () => {
    const result = await t.gql(`mutation ($id: ID!) { deactivateUser(id: $id) { id } }`, { id: admin.id }, { token: admin.token });
    expect(result.errors![0].extensions.code).toBe('CONFLICT');
  });
});
