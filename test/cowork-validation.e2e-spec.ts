import { AgencyKind, Role } from '../libs/access/src';
import { anAgency, aPerson, aUser, SignedInUser } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const START = `mutation ($input: StartCoworkInput!) { startCowork(input: $input) { id } }`;
const END = `mutation ($input: EndCoworkInput!) { endCowork(input: $input) { id } }`;
const LOG = `mutation ($input: LogCoworkEntryInput!) { logCoworkEntry(input: $input) { id } }`;
const COMPLETE = `mutation ($input: CompleteCoworkFollowUpInput!) { completeCoworkFollowUp(input: $input) { id } }`;
const LIST = `query ($filter: CoworkEntryFilter, $after: String) { coworkEntries(filter: $filter, after: $after) { nodes { id } } }`;
const NOWHERE = '00000000-0000-4000-8000-000000000000';

describe('Co-work refuses bad input with a coded error naming the problem, and writes nothing', () => {
  let t: TestApp;
  let social: SignedInUser;
  let specialist: SignedInUser;
  let leaver: SignedInUser; // a DVA specialist whose account was deactivated
  let familyId: string;
  let graceId: string;
  let neighbourId: string; // recorded by the social worker, never a member of the family
  let arrangementId: string;
  let followUpId: string;

  const gql = (user: SignedInUser, query: string, variables: Record<string, unknown> = {}) => t.gql(query, variables, { token: user.token });
  const log = (input: Record<string, unknown>, user = specialist) =>
    gql(user, LOG, { input: { familyId, occurredOn: '2026-02-03', kind: 'SAFETY_PLANNING', durationMinutes: 60, ...input } });
  const start = (input: Record<string, unknown>, user = social) =>
    gql(user, START, { input: { familyId, specialistUserId: specialist.id, startedOn: '2026-01-12', reason: 'Safety planning with Grace', ...input } });

  /** Every row co-work writes, and its audit events. */
  const written = async () =>
    (
      await t.dataSource.query(`SELECT
        (SELECT count(*) FROM cowork_arrangement)::int AS arrangements,
        (SELECT count(*) FROM cowork_arrangement WHERE ended_on IS NOT NULL)::int AS ended,
        (SELECT count(*) FROM cowork_entry)::int AS entries,
        (SELECT count(*) FROM cowork_entry_practitioner)::int AS practitioners,
        (SELECT count(*) FROM cowork_entry_agency)::int AS agencies,
        (SELECT count(*) FROM cowork_entry_person_seen)::int AS seen,
        (SELECT count(*) FROM cowork_follow_up)::int AS follow_ups,
        (SELECT count(*) FROM cowork_follow_up WHERE done_on IS NOT NULL)::int AS done,
        (SELECT count(*) FROM audit_event WHERE action LIKE 'cowork.%')::int AS audited`)
    )[0];
  const expectRefused = (result: { errors?: Array<{ message: string; extensions: Record<string, unknown> }> }, code: string, message: string | RegExp) => {
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions.code).toBe(code);
    if (typeof message === 'string') expect(result.errors![0].message).toBe(message);
    else expect(result.errors![0].message).toMatch(message);
  };

  beforeAll(async () => {
    t = await startTestApp();
    const csc = await anAgency(t, AgencyKind.CHILDRENS_SOCIAL_CARE);
    const dva = await anAgency(t, AgencyKind.SPECIALIST_DVA_SERVICE);
    const admin = await aUser(t, [Role.ADMIN]);
    social = await aUser(t, [Role.CASE_PRACTITIONER], csc);
    specialist = await aUser(t, [Role.DVA_SPECIALIST], dva);
    leaver = await aUser(t, [Role.DVA_SPECIALIST], dva);
    expect((await gql(admin, `mutation ($id: ID!) { deactivateUser(id: $id) { active } }`, { id: leaver.id })).data.deactivateUser.active).toBe(false);

    familyId = (await gql(social, `mutation { createFamily(input: { name: "Okafor-Brown family" }) { id } }`)).data.createFamily.id;
    graceId = await aPerson(t, social, { givenName: 'Grace', familyName: 'Okafor', gender: 'FEMALE', ethnicityGroup: 'BLACK', dateOfBirth: '1992-04-03' });
    neighbourId = await aPerson(t, social, { givenName: 'Pat', familyName: 'Neighbour', gender: 'NOT_KNOWN', ethnicityGroup: 'NOT_STATED' });
    const added = await gql(social, `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`, {
      input: { familyId, personId: graceId, kind: 'ADULT', joinedOn: '2020-01-01' },
    });
    expect(added.errors).toBeUndefined();
  });
  afterAll(() => t.close());

  it('startCowork: the wrong specialist, a future date, no reason, an unknown family', async () => {
    const before = await written();
    const practitioner = await aUser(t, [Role.CASE_PRACTITIONER], { id: social.agencyId });
    const [notSpecialist] = await t.dataSource.query(`SELECT display_name FROM app_user WHERE id = $1`, [practitioner.id]);
    expectRefused(
      await start({ specialistUserId: practitioner.id }),
      'BAD_USER_INPUT',
      `specialistUserId: ${notSpecialist.display_name} is not a DVA specialist; co-work is with a user holding the DVA_SPECIALIST role`,
    );
    expectRefused(await start({ specialistUserId: leaver.id }), 'NOT_FOUND', 'specialistUserId: no active user has that id.');
    expectRefused(await start({ specialistUserId: NOWHERE }), 'NOT_FOUND', 'specialistUserId: no active user has that id.');
    expectRefused(await start({ specialistUserId: 'not-an-id' }), 'BAD_USER_INPUT', /specialistUserId: must be a user id/);
    expectRefused(await start({ startedOn: '2999-01-01' }), 'BAD_USER_INPUT', 'startedOn: cannot be in the future');
    expectRefused(await start({ startedOn: '2026-02-30' }), 'BAD_USER_INPUT', /"input\.startedOn".*"2026-02-30" is not a date/);
    expectRefused(await start({ reason: '   ' }), 'BAD_USER_INPUT', 'Please correct the input. reason: must say why, in at most 2000 characters');
    const empty = await start({ reason: '' });
    expect(empty.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'reason', problems: ['must say why, in at most 2000 characters'] }],
    });
    expectRefused(await start({ familyId: NOWHERE }), 'NOT_FOUND', 'familyId: no family has that id.');

    // Someone who holds both roles cannot open a family to themselves, even one they hold.
    const both = await aUser(t, [Role.CASE_PRACTITIONER, Role.DVA_SPECIALIST]);
    const own = (await gql(both, `mutation { createFamily(input: { name: "Own family" }) { id } }`)).data.createFamily.id;
    expectRefused(
      await start({ familyId: own, specialistUserId: both.id }, both),
      'BAD_USER_INPUT',
      'specialistUserId: is you: co-work opens the family to someone else, so another person must start yours',
    );
    expect(await written()).toEqual(before);
  });

  it('startCowork: one active co-work per family and specialist, even when two requests race', async () => {
    const [first, second] = await Promise.all([start({}), start({})]);
    const outcomes = [first, second].map((result) => result.errors?.[0]?.extensions.code ?? 'OK').sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    arrangementId = (first.data?.startCowork ?? second.data!.startCowork).id;
    const before = await written();
    const again = await start({ startedOn: '2026-01-20' });
    expectRefused(again, 'CONFLICT', /already co-works this family \(since 2026-01-12\); end that co-work first\.$/);
    expect(await written()).toEqual(before);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM cowork_arrangement WHERE family_id = $1`, [familyId])).toEqual([{ n: 1 }]);
  });

  it('logCoworkEntry: a person seen outside the family, practitioners who are not active users, an unknown agency', async () => {
    const first = await log({ followUps: [{ description: 'Check the school has the code word', dueOn: '2026-02-10' }] });
    expect(first.errors).toBeUndefined();
    followUpId = (
      await t.dataSource.query(`SELECT f.id FROM cowork_follow_up f JOIN cowork_entry e ON e.id = f.entry_id WHERE e.family_id = $1`, [familyId])
    )[0].id;
    const before = await written();

    expectRefused(
      await log({ personSeenIds: [graceId, neighbourId] }),
      'BAD_USER_INPUT',
      `personSeenIds: ${neighbourId} has never been a member of this family; add them to the family first`,
    );
    expectRefused(await log({ personSeenIds: [NOWHERE] }), 'BAD_USER_INPUT', /^personSeenIds: 00000000-0000-4000-8000-000000000000 has never been a member/);
    const repeated = await log({ personSeenIds: [graceId, graceId] });
    expect(repeated.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'personSeenIds', problems: ['must not repeat a person'] }],
    });
    expectRefused(await log({ practitionerUserIds: [social.id, leaver.id] }), 'BAD_USER_INPUT', `practitionerUserIds: ${leaver.id} is not an active user`);
    expectRefused(
      await log({ practitionerUserIds: [NOWHERE, leaver.id] }),
      'BAD_USER_INPUT',
      `practitionerUserIds: ${NOWHERE}, ${leaver.id} are not active users`,
    );
    expectRefused(
      await log({ practitionerUserIds: [specialist.id] }),
      'BAD_USER_INPUT',
      'practitionerUserIds: lists you: name the other practitioners who took part',
    );
    expectRefused(await log({ agencyIds: [NOWHERE] }), 'BAD_USER_INPUT', `agencyIds: no agency has the id ${NOWHERE}`);
    expect(await written()).toEqual(before);
  });

  it('logCoworkEntry: a duration outside 1 to 1440 minutes, a future date, a date before co-work started, an unknown kind, bad follow-ups', async () => {
    const before = await written();
    for (const [durationMinutes, problem] of [
      [0, 'must be at least 1 minute'],
      [1441, 'must be at most 1440 minutes (one day)'],
    ] as const) {
      const result = await log({ durationMinutes });
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'durationMinutes', problems: [problem] }] });
    }
    expectRefused(await log({ durationMinutes: 1.5 }), 'BAD_USER_INPUT', /durationMinutes|Int/);
    expectRefused(await log({ occurredOn: '2999-01-01' }), 'BAD_USER_INPUT', 'occurredOn: cannot be in the future');
    expectRefused(await log({ occurredOn: '2026-01-11' }), 'BAD_USER_INPUT', 'occurredOn: is before your co-work with this family started (2026-01-12)');
    expectRefused(await log({ kind: 'COFFEE' }), 'BAD_USER_INPUT', /kind/);
    expectRefused(
      await log({ followUps: [{ description: 'Call Grace', dueOn: '2026-02-02' }] }),
      'BAD_USER_INPUT',
      'followUps.0.dueOn: is before the co-work it follows (2026-02-03)',
    );
    expectRefused(
      await log({ followUps: [{ description: 'Call Grace' }, { description: '   ' }] }),
      'BAD_USER_INPUT',
      'Please correct the input. followUps.1.description: must say what is to be done, in at most 500 characters',
    );
    const blank = await log({ followUps: [{ description: '' }] });
    expect(blank.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'followUps.0.description' }] });
    const longNote = await log({ note: 'x'.repeat(2001) });
    expect(longNote.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'note' }] });
    expect(await written()).toEqual(before);
  });

  it('logCoworkEntry: only a DVA specialist, and only on a family they co-work', async () => {
    const before = await written();
    expectRefused(await log({}, social), 'FORBIDDEN', /^Your role does not allow you to log cowork entries/);
    const stranger = await aUser(t, [Role.DVA_SPECIALIST]);
    expectRefused(await log({}, stranger), 'FORBIDDEN', /^You do not co-work this family/);
    expect(await written()).toEqual(before);
  });

  it('endCowork and completeCoworkFollowUp: dates out of order or in the future, unknown ids', async () => {
    const before = await written();
    expectRefused(await gql(social, END, { input: { arrangementId, endedOn: '2999-01-01' } }), 'BAD_USER_INPUT', 'endedOn: cannot be in the future');
    expectRefused(
      await gql(social, END, { input: { arrangementId, endedOn: '2026-01-11' } }),
      'BAD_USER_INPUT',
      'endedOn: is before the co-work started (2026-01-12)',
    );
    expectRefused(
      await gql(social, END, { input: { arrangementId: NOWHERE, endedOn: '2026-03-01' } }),
      'NOT_FOUND',
      'arrangementId: no co-work arrangement you can see has that id.',
    );
    expectRefused(await gql(social, COMPLETE, { input: { followUpId, doneOn: '2999-01-01' } }), 'BAD_USER_INPUT', 'doneOn: cannot be in the future');
    expectRefused(
      await gql(social, COMPLETE, { input: { followUpId: NOWHERE, doneOn: '2026-03-01' } }),
      'NOT_FOUND',
      'followUpId: no co-work follow-up you can see has that id.',
    );
    expect(await written()).toEqual(before);
  });

  it('coworkEntries: a period that ends before it starts, a date that is not real, a cursor it never gave out', async () => {
    expectRefused(
      await gql(specialist, LIST, { filter: { from: '2026-03-01', to: '2026-02-01' } }),
      'BAD_USER_INPUT',
      'filter.to: is before from (2026-03-01)',
    );
    const notADate = await gql(specialist, LIST, { filter: { from: '2026-02-30' } });
    expectRefused(notADate, 'BAD_USER_INPUT', /"filter\.from".*"2026-02-30" is not a date/);
    expectRefused(await gql(specialist, LIST, { after: 'bm90LWEtY3Vyc29y' }), 'BAD_USER_INPUT', /^after: is not a cursor this API gave out/);
    const forged = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url');
    expectRefused(await gql(specialist, LIST, { after: forged }), 'BAD_USER_INPUT', /^after: is not a cursor this API gave out/);
  });
});
