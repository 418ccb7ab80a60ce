import { AgencyKind, Role } from '../libs/access/src';
import { anAgency, aUser, SignedInUser } from './support/factories';
import { eventually, startTestApp, TestApp } from './support/test-app';

const CREATE_PERSON = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`;
const ADD_MEMBER = `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id joinedOn } }`;
const FAMILY = `query ($id: ID!) { family(id: $id) { id name members { kind leftOn person { id givenName confidentialAddress safeContactDetails postcodeArea } } allocations { userId teamId } } }`;
const FAMILY_IDS = `{ families(first: 100) { nodes { id } } }`;

async function aTeam(t: TestApp, admin: SignedInUser, agencyId: string, name: string): Promise<string> {
  const result = await t.gql(`mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }`, { input: { agencyId, name } }, { token: admin.token });
  return result.data.createTeam.id;
}

async function assignTeam(t: TestApp, admin: SignedInUser, userId: string, teamId: string): Promise<void> {
  const result = await t.gql(
    `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { teamId } }`,
    { input: { id: userId, teamId } },
    { token: admin.token },
  );
  expect(result.data.updateUser.teamId).toBe(teamId);
}

describe("A family's record and who may see it", () => {
  let t: TestApp;
  let admin: SignedInUser;
  let social: SignedInUser; // the social worker who opens the record
  let colleague: SignedInUser; // same agency, not allocated
  let teamWorker: SignedInUser; // in the team the manager allocates
  let manager: SignedInUser;
  let perpetratorWorker: SignedInUser;
  let familyId: string;
  let motherId: string;
  let fatherId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await aUser(t, [Role.ADMIN]);
    const csc = await anAgency(t, AgencyKind.CHILDRENS_SOCIAL_CARE);
    const provider = await anAgency(t, AgencyKind.PERPETRATOR_PROGRAMME_PROVIDER);
    social = await aUser(t, [Role.CASE_PRACTITIONER], csc);
    colleague = await aUser(t, [Role.CASE_PRACTITIONER], csc);
    teamWorker = await aUser(t, [Role.CASE_PRACTITIONER], csc);
    manager = await aUser(t, [Role.MANAGER], csc);
    perpetratorWorker = await aUser(t, [Role.PERPETRATOR_WORKER], provider);
    await assignTeam(t, admin, teamWorker.id, await aTeam(t, admin, csc.id, `Assessment team ${Date.now()}`));

    familyId = (await t.gql(`mutation { createFamily(input: { name: "Okafor-Brown family" }) { id } }`, {}, { token: social.token })).data.createFamily.id;
    const person = async (input: Record<string, unknown>) =>
      (await t.gql(CREATE_PERSON, { input: { ...input, confirmNotDuplicate: true } }, { token: social.token })).data.createPerson.person.id;
    motherId = await person({
      givenName: 'Grace',
      familyName: 'Okafor',
      gender: 'FEMALE',
      ethnicityGroup: 'BLACK',
      dateOfBirth: '1992-04-03',
      confidentialAddress: 'Refuge, address withheld',
      safeContactDetails: 'Text only, after 6pm',
      postcodeArea: 'M14',
    });
    fatherId = await person({ givenName: 'Dean', familyName: 'Brown', gender: 'MALE', ethnicityGroup: 'WHITE', dateOfBirth: '1989-11-20' });
    const childId = await person({ givenName: 'Amara', familyName: 'Okafor-Brown', gender: 'FEMALE', ethnicityGroup: 'MIXED', dateOfBirth: '2021-06-15' });
    for (const [personId, kind, joinedOn] of [
      [motherId, 'ADULT', '2020-01-01'],
      [fatherId, 'ADULT', '2020-01-01'],
      [childId, 'CHILD', '2021-06-15'],
    ]) {
      const added = await t.gql(ADD_MEMBER, { input: { familyId, personId, kind, joinedOn } }, { token: social.token });
      expect(added.errors).toBeUndefined();
    }
  });
  afterAll(() => t.close());

  it('the allocated social worker sees the family, everyone in it, and the victim-side details', async () => {
    const result = await t.gql(FAMILY, { id: familyId }, { token: social.token });
    expect(result.errors).toBeUndefined();
    expect(result.data.family.allocations).toEqual([{ userId: social.id, teamId: null }]);
    const mother = result.data.family.members.find((m: { person: { id: string } }) => m.person.id === motherId).person;
    expect(mother).toMatchObject({ confidentialAddress: 'Refuge, address withheld', safeContactDetails: 'Text only, after 6pm', postcodeArea: 'M14' });
    expect(result.data.family.members).toHaveLength(3);
  });

  it('a colleague with no allocation cannot see it, in the list or by id', async () => {
    const list = await t.gql(FAMILY_IDS, {}, { token: colleague.token });
    expect(list.data.families.nodes.map((f: { id: string }) => f.id)).not.toContain(familyId);
    const detail = await t.gql(FAMILY, { id: familyId }, { token: colleague.token });
    expect(detail.errors![0].extensions.code).toBe('FORBIDDEN');
    const person = await t.gql(`query ($id: ID!) { person(id: $id) { id } }`, { id: motherId }, { token: colleague.token });
    expect(person.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it("a manager allocates the family to a team; the team's practitioners then see it; the manager does not see the refuge address", async () => {
    const teams = await t.gql(`{ me { teamId } }`, {}, { token: teamWorker.token });
    const allocated = await t.gql(
      `mutation ($input: AllocateFamilyInput!) { allocateFamily(input: $input) { teamId startedOn } }`,
      { input: { familyId, teamId: teams.data.me.teamId } },
      { token: manager.token },
    );
    expect(allocated.data.allocateFamily.teamId).toBe(teams.data.me.teamId);
    const list = await t.gql(FAMILY_IDS, {}, { token: teamWorker.token });
    expect(list.data.families.nodes.map((f: { id: string }) => f.id)).toContain(familyId);

    const byManager = await t.gql(FAMILY, { id: familyId }, { token: manager.token });
    const mother = byManager.data.family.members.find((m: { person: { id: string } }) => m.person.id === motherId).person;
    expect(mother).toMatchObject({ givenName: 'Grace', confidentialAddress: null, safeContactDetails: null });
  });

  it('families are allocated only to case practitioners: never to a perpetrator worker, an administrator or an analyst', async () => {
    for (const user of [perpetratorWorker, admin, await aUser(t, [Role.ANALYST])]) {
      const result = await t.gql(
        `mutation ($input: AllocateFamilyInput!) { allocateFamily(input: $input) { id } }`,
        { input: { familyId, userId: user.id } },
        { token: manager.token },
      );
      expect(result.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(result.errors![0].message).toMatch(/^userId: families are allocated to case practitioners/);
    }
  });

  it('break-glass opens a family for reading only: a practitioner from elsewhere cannot change it', async () => {
    const elsewhere = await aUser(t, [Role.CASE_PRACTITIONER]);
    const grant = await t.gql(
      `mutation ($input: RequestBreakGlassAccessInput!) { requestBreakGlassAccess(input: $input) { id } }`,
      { input: { subjectType: 'FAMILY', subjectId: familyId, reason: 'Child presented at A&E out of area tonight' } },
      { token: elsewhere.token },
    );
    expect(grant.errors).toBeUndefined();
    expect((await t.gql(FAMILY, { id: familyId }, { token: elsewhere.token })).errors).toBeUndefined();
    const write = await t.gql(ADD_MEMBER, { input: { familyId, personId: fatherId, kind: 'ADULT', joinedOn: '2024-06-01' } }, { token: elsewhere.token });
    expect(write.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('a practitioner cannot allocate; a manager of another agency cannot either', async () => {
    const byPractitioner = await t.gql(
      `mutation ($input: AllocateFamilyInput!) { allocateFamily(input: $input) { id } }`,
      { input: { familyId, userId: colleague.id } },
      { token: social.token },
    );
    expect(byPractitioner.errors![0].extensions.code).toBe('FORBIDDEN');
    const otherManager = await aUser(t, [Role.MANAGER]);
    const byOther = await t.gql(
      `mutation ($input: AllocateFamilyInput!) { allocateFamily(input: $input) { id } }`,
      { input: { familyId, userId: colleague.id } },
      { token: otherManager.token },
    );
    expect(byOther.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('break-glass: an out-of-scope worker states a reason, gets time-limited access, and their managers are told', async () => {
    const denied = await t.gql(FAMILY, { id: familyId }, { token: perpetratorWorker.token });
    expect(denied.errors![0].extensions.code).toBe('FORBIDDEN');
    const providerManager = await aUser(t, [Role.MANAGER], { id: perpetratorWorker.agencyId });

    const grant = await t.gql(
      `mutation ($input: RequestBreakGlassAccessInput!) { requestBreakGlassAccess(input: $input) { id expiresAt } }`,
      { input: { subjectType: 'FAMILY', subjectId: familyId, reason: "Father has disclosed a new incident in today's group session" } },
      { token: perpetratorWorker.token },
    );
    expect(grant.errors).toBeUndefined();
    const minutes = (new Date(grant.data.requestBreakGlassAccess.expiresAt).getTime() - Date.now()) / 60000;
    expect(minutes).toBeGreaterThan(58);
    expect(minutes).toBeLessThanOrEqual(60);

    // Access now works, but never to the victim's restricted details, even nested.
    const opened = await t.gql(FAMILY, { id: familyId }, { token: perpetratorWorker.token });
    expect(opened.errors).toBeUndefined();
    for (const member of opened.data.family.members) {
      expect(member.person).toMatchObject({ confidentialAddress: null, safeContactDetails: null, postcodeArea: null });
    }
    const direct = await t.gql(`query ($id: ID!) { person(id: $id) { givenName confidentialAddress } }`, { id: motherId }, { token: perpetratorWorker.token });
    expect(direct.data.person).toEqual({ givenName: 'Grace', confidentialAddress: null });

    const [audited] = await t.dataSource.query(`SELECT reason FROM audit_event WHERE action = 'break_glass.grant' AND subject_id = $1 AND actor_user_id = $2`, [
      familyId,
      perpetratorWorker.id,
    ]);
    expect(audited.reason).toMatch(/new incident/);
    const notified = await eventually('the provider manager to be told', async () => {
      const result = await t.gql(`{ myNotifications { nodes { kind body } } }`, {}, { token: providerManager.token });
      return result.data.myNotifications.nodes.find((n: { kind: string }) => n.kind === 'BREAK_GLASS_GRANTED');
    });
    expect(notified.body).toMatch(/Father has disclosed a new incident/);
  });

  it('a perpetrator worker with access sees disclosed harm without its note, and never what is only suspected', async () => {
    const HARM = `mutation ($input: RecordHarmRelationshipInput!) { recordHarmRelationship(input: $input) { id } }`;
    const record = (input: Record<string, unknown>) =>
      t.gql(
        HARM,
        { input: { familyId, personCausingHarmId: fatherId, personHarmedId: motherId, recordedOn: '2024-01-10', ...input } },
        { token: social.token },
      );
    const disclosed = await record({ forms: ['COERCIVE_CONTROL'], disclosure: 'DISCLOSED', note: 'Grace disclosed to the health visitor' });
    const suspected = await record({ forms: ['NON_FATAL_STRANGULATION'], disclosure: 'SUSPECTED_NOT_DISCLOSED', note: 'Marks seen at the home visit' });
    expect(disclosed.errors ?? suspected.errors).toBeUndefined();

    const READ = `query ($id: ID!) { family(id: $id) { harmRelationships { id disclosure note } } }`;
    const bySocial = await t.gql(READ, { id: familyId }, { token: social.token });
    expect(bySocial.data.family.harmRelationships).toEqual([
      { id: disclosed.data.recordHarmRelationship.id, disclosure: 'DISCLOSED', note: 'Grace disclosed to the health visitor' },
      { id: suspected.data.recordHarmRelationship.id, disclosure: 'SUSPECTED_NOT_DISCLOSED', note: 'Marks seen at the home visit' },
    ]);
    const byPerpetratorWorker = await t.gql(READ, { id: familyId }, { token: perpetratorWorker.token });
    expect(byPerpetratorWorker.data.family.harmRelationships).toEqual([{ id: disclosed.data.recordHarmRelationship.id, disclosure: 'DISCLOSED', note: null }]);

    // Separation notes are victim-side too.
    const couple = await t.gql(
      `mutation ($input: RecordRelationshipInput!) { recordRelationship(input: $input) { id } }`,
      { input: { familyId, personId: fatherId, relatedPersonId: motherId, type: 'PARTNER', togetherSince: '2019-01-01' } },
      { token: social.token },
    );
    await t.gql(
      `mutation ($input: RecordSeparationInput!) { recordSeparation(input: $input) { id } }`,
      { input: { relationshipId: couple.data.recordRelationship.id, separatedOn: '2024-02-01', note: 'Grace moved to the refuge in town' } },
      { token: social.token },
    );
    const NOTES = `query ($id: ID!) { family(id: $id) { relationships { statusHistory { status note } } } }`;
    const separationNote = async (token: string) =>
      (await t.gql(NOTES, { id: familyId }, { token })).data.family.relationships
        .flatMap((r: { statusHistory: Array<{ status: string; note: string | null }> }) => r.statusHistory)
        .find((e: { status: string }) => e.status === 'SEPARATED').note;
    expect(await separationNote(social.token)).toBe('Grace moved to the refuge in town');
    expect(await separationNote(perpetratorWorker.token)).toBeNull();

    // The same rule on the timeline, and no note in any summary.
    const TIMELINE = `query ($id: ID!) { family(id: $id) { timeline(kinds: [HARM_DISCLOSED, HARM_SUSPECTED]) { nodes { kind summary } } } }`;
    const socialTimeline = await t.gql(TIMELINE, { id: familyId }, { token: social.token });
    expect(socialTimeline.data.family.timeline.nodes.map((n: { kind: string }) => n.kind).sort()).toEqual(['HARM_DISCLOSED', 'HARM_SUSPECTED']);
    const workerTimeline = await t.gql(TIMELINE, { id: familyId }, { token: perpetratorWorker.token });
    expect(workerTimeline.data.family.timeline.nodes).toEqual([
      { kind: 'HARM_DISCLOSED', summary: 'Disclosed: Dean causing harm to Grace (coercive control).' },
    ]);
    expect(JSON.stringify(socialTimeline.data)).not.toMatch(/health visitor|Marks seen/);
  });

  it('every read of a person record is audited, directly and through the family', async () => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'person.read' AND actor_user_id = $1`, [social.id]);
    await t.gql(`query ($id: ID!) { person(id: $id) { id } }`, { id: fatherId }, { token: social.token });
    await t.gql(FAMILY, { id: familyId }, { token: social.token });
    const after = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'person.read' AND actor_user_id = $1`, [social.id]);
    expect(after[0].n - before[0].n).toBe(4); // the father directly, then all three members
  });

  it('refuses impossible memberships and dates, naming the problem, and writes nothing', async () => {
    const add = (input: Record<string, unknown>, token = social.token) => t.gql(ADD_MEMBER, { input: { familyId, kind: 'ADULT', ...input } }, { token });
    const future = await add({ personId: fatherId, joinedOn: '2999-01-01' });
    expect(future.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'joinedOn: cannot be in the future' });
    const overlap = await add({ personId: fatherId, joinedOn: '2022-01-01' });
    expect(overlap.errors![0].extensions.code).toBe('CONFLICT');
    expect(overlap.errors![0].message).toMatch(/already a member of this family from 2020-01-01/);
    const notADate = await add({ personId: fatherId, joinedOn: '2022-02-30' });
    expect(notADate.errors![0].extensions.code).toBe('BAD_USER_INPUT');

    const stranger = (
      await t.gql(
        CREATE_PERSON,
        { input: { givenName: 'Sam', familyName: 'Other', gender: 'MALE', ethnicityGroup: 'WHITE', confirmNotDuplicate: true } },
        { token: colleague.token },
      )
    ).data.createPerson.person.id;
    const unseen = await add({ personId: stranger, joinedOn: '2022-01-01' });
    expect(unseen.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'personId: no person you can see has that id.' });

    const bothDates = await t.gql(
      CREATE_PERSON,
      {
        input: {
          givenName: 'Baby',
          familyName: 'Okafor',
          gender: 'NOT_KNOWN',
          ethnicityGroup: 'MIXED',
          dateOfBirth: '2024-01-01',
          expectedDateOfBirth: '2027-01-01',
        },
      },
      { token: social.token },
    );
    expect(bothDates.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const bornTomorrow = await t.gql(
      CREATE_PERSON,
      { input: { givenName: 'Baby', familyName: 'Okafor', gender: 'NOT_KNOWN', ethnicityGroup: 'MIXED', dateOfBirth: '2999-01-01' } },
      { token: social.token },
    );
    expect(bornTomorrow.errors![0].message).toMatch(/dateOfBirth: cannot be in the future; for an unborn child use expectedDateOfBirth/);

    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM family_membership WHERE family_id = $1`, [familyId]);
    expect(n).toBe(3);
  });

  it('records a member leaving; the history is kept and a second leaving is a CONFLICT', async () => {
    const [membership] = await t.dataSource.query(`SELECT id FROM family_membership WHERE family_id = $1 AND person_id = $2`, [familyId, fatherId]);
    const LEFT = `mutation ($input: RecordMemberLeftInput!) { recordMemberLeft(input: $input) { leftOn } }`;
    const early = await t.gql(LEFT, { input: { membershipId: membership.id, leftOn: '2019-12-31' } }, { token: social.token });
    expect(early.errors![0].message).toBe('leftOn: is before they joined (2020-01-01)');
    const left = await t.gql(LEFT, { input: { membershipId: membership.id, leftOn: '2024-03-03' } }, { token: social.token });
    expect(left.data.recordMemberLeft.leftOn).toBe('2024-03-03');
    const again = await t.gql(LEFT, { input: { membershipId: membership.id, leftOn: '2024-03-04' } }, { token: social.token });
    expect(again.errors![0].extensions.code).toBe('CONFLICT');
    const rejoined = await t.gql(ADD_MEMBER, { input: { familyId, personId: fatherId, kind: 'ADULT', joinedOn: '2024-05-01' } }, { token: social.token });
    expect(rejoined.errors).toBeUndefined();
  });
});
