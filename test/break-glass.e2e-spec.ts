import { Role } from '../libs/access/src';
import { anAgency, aUser } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const REQUEST = `mutation ($input: RequestBreakGlassAccessInput!) { requestBreakGlassAccess(input: $input) { id expiresAt } }`;
const SOME_FAMILY = '3f0c2a7e-1d4b-4c8e-9a55-0b6c7d8e9f10';

describe('Break-glass access requests', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('needs a reason of at least 20 characters, and writes nothing without one', async () => {
    const practitioner = await aUser(t, [Role.CASE_PRACTITIONER]);
    const result = await t.gql(REQUEST, { input: { subjectType: 'FAMILY', subjectId: SOME_FAMILY, reason: 'urgent' } }, { token: practitioner.token });
    expect(result.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions.fields).toEqual([{ field: 'reason', problems: ['must explain why you need access, in at least 20 characters'] }]);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM break_glass_grant WHERE user_id = $1`, [practitioner.id]);
    expect(count).toBe(0);
  });

  it('answers NOT_FOUND for a record that does not exist, and writes nothing', async () => {
    const practitioner = await aUser(t, [Role.DVA_SPECIALIST]);
    const result = await t.gql(
      REQUEST,
      { input: { subjectType: 'FAMILY', subjectId: SOME_FAMILY, reason: 'Police called about a new incident tonight' } },
      { token: practitioner.token },
    );
    expect(result.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'subjectId: no family record has that id.' });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM break_glass_grant WHERE user_id = $1`, [practitioner.id]);
    expect(n).toBe(0);
  });

  it('is not open to roles that see no case data', async () => {
    for (const role of [Role.ADMIN, Role.ANALYST]) {
      const user = await aUser(t, [role]);
      const result = await t.gql(
        REQUEST,
        { input: { subjectType: 'PERSON', subjectId: SOME_FAMILY, reason: 'I would like to look at this person please' } },
        { token: user.token },
      );
      expect(result.errors![0].extensions.code).toBe('FORBIDDEN');
    }
  });

  it("lists grants: a user sees their own, a manager their agency's, filtered in SQL", async () => {
    const agencyA = await anAgency(t);
    const agencyB = await anAgency(t);
    const manager = await aUser(t, [Role.MANAGER], agencyA);
    const colleague = await aUser(t, [Role.CASE_PRACTITIONER], agencyA);
    const stranger = await aUser(t, [Role.CASE_PRACTITIONER], agencyB);
    // Grant rows as fixtures: the write path opens once domain records can be registered.
    const grant = (user: { id: string; agencyId: string }, minutesLeft: number) =>
      t.dataSource.query(
        `INSERT INTO break_glass_grant (user_id, agency_id, subject_type, subject_id, reason, granted_at, expires_at)
         VALUES ($1, $2, 'FAMILY', gen_random_uuid(), 'Fixture reason long enough to pass', now() - interval '2 hours', now() + make_interval(mins => $3))
         RETURNING id`,
        [user.id, user.agencyId, minutesLeft],
      );
    const [[active], [expired], [elsewhere]] = await Promise.all([grant(colleague, 30), grant(colleague, -30), grant(stranger, 30)]);

    const LIST = `query ($activeOnly: Boolean) { breakGlassGrants(activeOnly: $activeOnly) { nodes { id active reason user { id } } } }`;
    const byManager = await t.gql(LIST, { activeOnly: false }, { token: manager.token });
    expect(byManager.data.breakGlassGrants.nodes.map((g: { id: string }) => g.id).sort()).toEqual([active.id, expired.id].sort());
    const activeOnly = await t.gql(LIST, { activeOnly: true }, { token: manager.token });
    expect(activeOnly.data.breakGlassGrants.nodes).toEqual([
      { id: active.id, active: true, reason: 'Fixture reason long enough to pass', user: { id: colleague.id } },
    ]);
    const byStranger = await t.gql(LIST, {}, { token: stranger.token });
    expect(byStranger.data.breakGlassGrants.nodes.map((g: { id: string }) => g.id)).toEqual([elsewhere.id]);
  });
});
