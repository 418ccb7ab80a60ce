import { AgencyKind, Role } from '../libs/access/src';
import { anAgency, aUser, SignedInUser } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const EPISODE_FIELDS = `id level openedOn closedOn closureReason closureSubReason transitions { kind fromLevel toLevel occurredOn decisionMeetingId reason }`;
const OPEN = `mutation ($input: OpenEpisodeInput!) { openEpisode(input: $input) { ${EPISODE_FIELDS} } }`;
const STEP_UP = `mutation ($input: StepEpisodeInput!) { stepUp(input: $input) { ${EPISODE_FIELDS} } }`;
const STEP_DOWN = `mutation ($input: StepEpisodeInput!) { stepDown(input: $input) { ${EPISODE_FIELDS} } }`;
const CLOSE = `mutation ($input: CloseEpisodeInput!) { closeEpisode(input: $input) { ${EPISODE_FIELDS} } }`;

describe("A child's journey between levels", () => {
  let t: TestApp;
  let social: SignedInUser;
  let manager: SignedInUser;
  let familyId: string;
  let amaraId: string;
  let unbornId: string;
  let motherId: string;
  let episodeId: string;
  let icpc: string; // the initial child protection conference that decided the CP plan

  const as = (user: SignedInUser) => (query: string, input: Record<string, unknown>) => t.gql(query, { input }, { token: user.token });

  beforeAll(async () => {
    t = await startTestApp();
    const csc = await anAgency(t, AgencyKind.CHILDRENS_SOCIAL_CARE);
    social = await aUser(t, [Role.CASE_PRACTITIONER], csc);
    manager = await aUser(t, [Role.MANAGER], csc);
    const run = as(social);
    familyId = (await t.gql(`mutation { createFamily(input: { name: "Okafor-Brown family" }) { id } }`, {}, { token: social.token })).data.createFamily.id;
    const person = async (input: Record<string, unknown>) =>
      (await run(`mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`, { ...input, confirmNotDuplicate: true })).data
        .createPerson.person.id;
    motherId = await person({ givenName: 'Grace', familyName: 'Okafor', gender: 'FEMALE', ethnicityGroup: 'BLACK', dateOfBirth: '1992-04-03' });
    amaraId = await person({ givenName: 'Amara', familyName: 'Okafor-Brown', gender: 'FEMALE', ethnicityGroup: 'MIXED', dateOfBirth: '2021-06-15' });
    unbornId = await person({ givenName: 'Baby', familyName: 'Okafor', gender: 'NOT_KNOWN', ethnicityGroup: 'MIXED', expectedDateOfBirth: '2030-01-01' });
    const ADD = `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`;
    await run(ADD, { familyId, personId: motherId, kind: 'ADULT', joinedOn: '2020-01-01' });
    await run(ADD, { familyId, personId: amaraId, kind: 'CHILD', joinedOn: '2021-06-15' });
    await run(ADD, { familyId, personId: unbornId, kind: 'CHILD', joinedOn: '2024-01-01' });
    const coordinator = await aUser(t, [Role.MARAC_COORDINATOR], csc);
    const scheduled = await t.gql(
      `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
      {
        input: {
          type: 'INITIAL_CP_CONFERENCE',
          title: 'ICPC, Amara',
          startsAt: '2022-05-01T10:00:00Z',
          chairUserId: coordinator.id,
          invitedAgencyIds: [csc.id],
        },
      },
      { token: coordinator.token },
    );
    icpc = scheduled.data.scheduleMeeting.id;
  });
  afterAll(() => t.close());

  it('opens at Early Help, steps up to a CP plan decided at a conference, steps down, and closes on separation', async () => {
    const run = as(social);
    const opened = await run(OPEN, { familyId, childId: amaraId, level: 'EARLY_HELP', occurredOn: '2022-01-10', reason: 'School concerns' });
    expect(opened.errors).toBeUndefined();
    episodeId = opened.data.openEpisode.id;
    expect((await run(STEP_UP, { episodeId, toLevel: 'CIN', occurredOn: '2022-03-01' })).data.stepUp.level).toBe('CIN');
    const cp = await run(STEP_UP, {
      episodeId,
      toLevel: 'CP_PLAN',
      occurredOn: '2022-05-01',
      decisionMeetingId: icpc,
      reason: 'ICPC: risk of significant harm',
    });
    expect(cp.data.stepUp.level).toBe('CP_PLAN');
    expect((await run(STEP_DOWN, { episodeId, toLevel: 'CIN', occurredOn: '2023-01-15', reason: 'Review conference' })).data.stepDown.level).toBe('CIN');
    const closed = await run(CLOSE, { episodeId, occurredOn: '2023-06-01', closureReason: 'RC7', closureSubReason: 'PARENTS_SEPARATED' });
    expect(closed.data.closeEpisode).toMatchObject({ level: 'CIN', closedOn: '2023-06-01', closureReason: 'RC7', closureSubReason: 'PARENTS_SEPARATED' });

    const journey = await t.gql(`query ($id: ID!) { family(id: $id) { episodes { ${EPISODE_FIELDS} } } }`, { id: familyId }, { token: social.token });
    expect(journey.data.family.episodes).toHaveLength(1);
    expect(journey.data.family.episodes[0].transitions).toEqual([
      { kind: 'OPEN', fromLevel: 'NONE', toLevel: 'EARLY_HELP', occurredOn: '2022-01-10', decisionMeetingId: null, reason: 'School concerns' },
      { kind: 'STEP_UP', fromLevel: 'EARLY_HELP', toLevel: 'CIN', occurredOn: '2022-03-01', decisionMeetingId: null, reason: null },
      { kind: 'STEP_UP', fromLevel: 'CIN', toLevel: 'CP_PLAN', occurredOn: '2022-05-01', decisionMeetingId: icpc, reason: 'ICPC: risk of significant harm' },
      { kind: 'STEP_DOWN', fromLevel: 'CP_PLAN', toLevel: 'CIN', occurredOn: '2023-01-15', decisionMeetingId: null, reason: 'Review conference' },
      { kind: 'CLOSE', fromLevel: 'CIN', toLevel: 'NONE', occurredOn: '2023-06-01', decisionMeetingId: null, reason: null },
    ]);
  });

  it('a closed episode cannot change', async () => {
    const result = await as(social)(STEP_UP, { episodeId, toLevel: 'CP_PLAN', occurredOn: '2023-07-01' });
    expect(result.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(result.errors![0].message).toMatch(/closed on 2023-06-01 and cannot change/);
  });

  it('a decision can only name a meeting that exists', async () => {
    const reopened = await as(social)(OPEN, {
      familyId,
      childId: unbornId,
      level: 'EARLY_HELP',
      occurredOn: '2024-02-01',
      decisionMeetingId: '00000000-0000-4000-8000-000000000000',
    });
    expect(reopened.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'decisionMeetingId: no meeting has that id.' });
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM episode WHERE child_id = $1`, [unbornId]))[0].n).toBe(0);
  });

  it('refuses steps in the wrong direction, out-of-order and future dates, and a second open episode; nothing is written', async () => {
    const run = as(social);
    const countTransitions = async () =>
      (
        await t.dataSource.query(`SELECT count(*)::int AS n FROM episode_transition t JOIN episode e ON e.id = t.episode_id WHERE e.family_id = $1`, [familyId])
      )[0].n;
    const early = await run(OPEN, { familyId, childId: amaraId, level: 'CIN', occurredOn: '2023-05-01' });
    expect(early.errors![0].message).toBe("occurredOn: is before Amara's previous episode closed (2023-06-01)");
    const reopened = await run(OPEN, { familyId, childId: amaraId, level: 'CIN', occurredOn: '2024-02-01' });
    const second = reopened.data.openEpisode.id;
    const before = await countTransitions();

    const wrongWay = await run(STEP_UP, { episodeId: second, toLevel: 'EARLY_HELP', occurredOn: '2024-02-02' });
    expect(wrongWay.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'toLevel: a step up must go to a level higher than CIN' });
    const downUp = await run(STEP_DOWN, { episodeId: second, toLevel: 'LAC', occurredOn: '2024-02-02' });
    expect(downUp.errors![0].message).toBe('toLevel: a step down must go to a level lower than CIN');
    const toNone = await run(STEP_DOWN, { episodeId: second, toLevel: 'NONE', occurredOn: '2024-02-02' });
    expect(toNone.errors![0].message).toBe('toLevel: cannot be NONE; close the episode instead');
    const backwards = await run(STEP_UP, { episodeId: second, toLevel: 'CP_PLAN', occurredOn: '2024-01-31' });
    expect(backwards.errors![0].message).toBe('occurredOn: is before the previous change to this episode (2024-02-01)');
    const future = await run(STEP_UP, { episodeId: second, toLevel: 'CP_PLAN', occurredOn: '2999-01-01' });
    expect(future.errors![0].message).toBe('occurredOn: cannot be in the future');
    const twice = await run(OPEN, { familyId, childId: amaraId, level: 'EARLY_HELP', occurredOn: '2024-03-01' });
    expect(twice.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    const badCode = await run(CLOSE, { episodeId: second, occurredOn: '2024-03-01', closureReason: 'RC99' });
    expect(badCode.errors![0].extensions.code).toBe('BAD_USER_INPUT');

    expect(await countTransitions()).toBe(before);
    const [{ level }] = await t.dataSource.query(`SELECT level FROM episode WHERE id = $1`, [second]);
    expect(level).toBe('CIN');
  });

  it('dates before birth are refused, except pre-birth work for an unborn child; adults have no episodes', async () => {
    const run = as(social);
    const beforeBirth = await run(OPEN, { familyId, childId: amaraId, level: 'EARLY_HELP', occurredOn: '2021-01-01' });
    expect(beforeBirth.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: "occurredOn: is before Amara's date of birth (2021-06-15)",
    });
    const preBirth = await run(OPEN, { familyId, childId: unbornId, level: 'CIN', occurredOn: '2024-06-01', reason: 'Pre-birth assessment' });
    expect(preBirth.errors).toBeUndefined();
    const adult = await run(OPEN, { familyId, childId: motherId, level: 'CIN', occurredOn: '2024-06-01' });
    expect(adult.errors![0].message).toBe('childId: Grace is not recorded as a child in this family');
  });

  it('a manager reads the journey but cannot change it; an unallocated practitioner can do neither', async () => {
    const read = await t.gql(`query ($id: ID!) { family(id: $id) { episodes { id } } }`, { id: familyId }, { token: manager.token });
    expect(read.data.family.episodes.length).toBeGreaterThan(0);
    const byManager = await as(manager)(STEP_UP, { episodeId: read.data.family.episodes[1].id, toLevel: 'LAC', occurredOn: '2024-06-01' });
    expect(byManager.errors![0].extensions.code).toBe('FORBIDDEN');
    const stranger = await aUser(t, [Role.CASE_PRACTITIONER]);
    const byStranger = await as(stranger)(STEP_UP, { episodeId: read.data.family.episodes[1].id, toLevel: 'LAC', occurredOn: '2024-06-01' });
    expect(byStranger.errors![0].extensions.code).toBe('FORBIDDEN');
  });
});
