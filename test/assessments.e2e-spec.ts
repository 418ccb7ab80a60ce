import { randomUUID } from 'node:crypto';
import { AgencyKind, Role } from '../libs/access/src';
import { aPerson, anAgency, aUser, SignedInUser } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const ASSESSMENT_FIELDS = `id familyId childId assessedOn agencyId factors primaryNeed outcome recordedByUserId`;
const RECORD = `mutation ($input: RecordAssessmentInput!) { recordAssessment(input: $input) { ${ASSESSMENT_FIELDS} } }`;

describe('Assessments of a child, in CIN census codes', () => {
  let t: TestApp;
  let cscId: string;
  let social: SignedInUser;
  let manager: SignedInUser;
  let familyId: string;
  let amaraId: string;
  let unbornId: string;
  let motherId: string;

  const as = (user: SignedInUser) => (query: string, input: Record<string, unknown>) => t.gql(query, { input }, { token: user.token });
  const countAssessments = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM assessment WHERE family_id = $1`, [familyId]))[0].n;

  beforeAll(async () => {
    t = await startTestApp();
    const csc = await anAgency(t, AgencyKind.CHILDRENS_SOCIAL_CARE);
    cscId = csc.id;
    social = await aUser(t, [Role.CASE_PRACTITIONER], csc);
    manager = await aUser(t, [Role.MANAGER], csc);
    const run = as(social);
    familyId = (await t.gql(`mutation { createFamily(input: { name: "Okafor-Brown family" }) { id } }`, {}, { token: social.token })).data.createFamily.id;
    const person = (input: Record<string, unknown>) => aPerson(t, social, input);
    motherId = await person({ givenName: 'Grace', familyName: 'Okafor', gender: 'FEMALE', ethnicityGroup: 'BLACK', dateOfBirth: '1992-04-03' });
    amaraId = await person({ givenName: 'Amara', familyName: 'Okafor-Brown', gender: 'FEMALE', ethnicityGroup: 'MIXED', dateOfBirth: '2021-06-15' });
    unbornId = await person({ givenName: 'Baby', familyName: 'Okafor', gender: 'NOT_KNOWN', ethnicityGroup: 'MIXED', expectedDateOfBirth: '2030-01-01' });
    const ADD = `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`;
    await run(ADD, { familyId, personId: motherId, kind: 'ADULT', joinedOn: '2020-01-01' });
    await run(ADD, { familyId, personId: amaraId, kind: 'CHILD', joinedOn: '2021-06-15' });
    await run(ADD, { familyId, personId: unbornId, kind: 'CHILD', joinedOn: '2024-01-01' });
  });
  afterAll(() => t.close());

  it('a social worker records domestic abuse and parental mental health, leading to CIN, and reads it back on the family', async () => {
    const recorded = await as(social)(RECORD, {
      familyId,
      childId: amaraId,
      assessedOn: '2024-03-10',
      factors: ['F3B', 'F4B'],
      primaryNeed: 'N1',
      outcome: 'CIN',
    });
    expect(recorded.errors).toBeUndefined();
    const assessment = recorded.data.recordAssessment;
    expect(assessment).toMatchObject({
      familyId,
      childId: amaraId,
      assessedOn: '2024-03-10',
      agencyId: cscId,
      factors: ['F3B', 'F4B'],
      primaryNeed: 'N1',
      outcome: 'CIN',
      recordedByUserId: social.id,
    });

    // Kept in census form, for the statutory return and the signals.
    const [row] = await t.dataSource.query(`SELECT factors FROM assessment WHERE id = $1`, [assessment.id]);
    expect(row.factors).toEqual(['3B', '4B']);
    const [audit] = await t.dataSource.query(
      `SELECT action, subject_type, subject_id, detail FROM audit_event WHERE action = 'assessment.record' AND actor_user_id = $1`,
      [social.id],
    );
    expect(audit).toMatchObject({ action: 'assessment.record', subject_type: 'Family', subject_id: familyId, detail: { assessmentId: assessment.id } });

    const family = await t.gql(`query ($id: ID!) { family(id: $id) { assessments { ${ASSESSMENT_FIELDS} } } }`, { id: familyId }, { token: social.token });
    expect(family.errors).toBeUndefined();
    expect(family.data.family.assessments).toEqual([assessment]);
  });

  it('a pre-birth assessment by the health visiting service is recorded for the unborn child, with no factors identified', async () => {
    const healthVisiting = await anAgency(t, AgencyKind.HEALTH_VISITING);
    const recorded = await as(social)(RECORD, {
      familyId,
      childId: unbornId,
      assessedOn: '2024-06-01',
      agencyId: healthVisiting.id,
      factors: ['F21'],
      primaryNeed: 'N0',
      outcome: 'NFA',
    });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data.recordAssessment).toMatchObject({ childId: unbornId, agencyId: healthVisiting.id, factors: ['F21'], outcome: 'NFA' });
  });

  it('refuses unknown codes, future dates, dates before birth, adults, 21 with other factors, no factors, repeated factors and unknown agencies; nothing is written', async () => {
    const run = as(social);
    const valid = { familyId, childId: amaraId, assessedOn: '2024-04-01', factors: ['F3B'], primaryNeed: 'N1', outcome: 'S47' };
    const before = await countAssessments();

    const unknownFactor = await run(RECORD, { ...valid, factors: ['F3B', 'F99'] });
    expect(unknownFactor.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const censusSpelling = await run(RECORD, { ...valid, factors: ['3B'] });
    expect(censusSpelling.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const future = await run(RECORD, { ...valid, assessedOn: '2999-01-01' });
    expect(future.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'assessedOn: cannot be in the future' });
    const beforeBirth = await run(RECORD, { ...valid, assessedOn: '2021-01-01' });
    expect(beforeBirth.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: "assessedOn: is before Amara's date of birth (2021-06-15)",
    });
    const adult = await run(RECORD, { ...valid, childId: motherId });
    expect(adult.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'childId: Grace is not recorded as a child in this family' });
    const noneAndSome = await run(RECORD, { ...valid, factors: ['F21', 'F3B'] });
    expect(noneAndSome.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'factors', problems: ['F21 (no factors identified) cannot be combined with other factors'] }] },
      message: 'factors: F21 (no factors identified) cannot be combined with other factors',
    });
    const empty = await run(RECORD, { ...valid, factors: [] });
    expect(empty.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: 'factors: give at least one factor (F21 when no factors were identified)',
    });
    const twice = await run(RECORD, { ...valid, factors: ['F3B', 'F4B', 'F3B'] });
    expect(twice.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'factors: F3B is given more than once' });
    const unknownAgency = await run(RECORD, { ...valid, agencyId: randomUUID() });
    expect(unknownAgency.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'agencyId: no agency has that id.' });
    const badOutcome = await run(RECORD, { ...valid, outcome: 'EH' });
    expect(badOutcome.errors![0].extensions.code).toBe('BAD_USER_INPUT');

    expect(await countAssessments()).toBe(before);
  });

  it('a manager of the agency reads the assessments but cannot record one; an unallocated practitioner can do neither', async () => {
    const valid = { familyId, childId: amaraId, assessedOn: '2024-04-01', factors: ['F3B'], primaryNeed: 'N1', outcome: 'CP' };
    const before = await countAssessments();

    const read = await t.gql(`query ($id: ID!) { family(id: $id) { assessments { id factors } } }`, { id: familyId }, { token: manager.token });
    expect(read.errors).toBeUndefined();
    expect(read.data.family.assessments).toHaveLength(2);
    const byManager = await as(manager)(RECORD, valid);
    expect(byManager.errors![0].extensions.code).toBe('FORBIDDEN');

    const stranger = await aUser(t, [Role.CASE_PRACTITIONER]);
    const byStranger = await as(stranger)(RECORD, valid);
    expect(byStranger.errors![0].extensions.code).toBe('FORBIDDEN');
    const readByStranger = await t.gql(`query ($id: ID!) { family(id: $id) { assessments { id } } }`, { id: familyId }, { token: stranger.token });
    expect(readByStranger.errors![0].extensions.code).toBe('FORBIDDEN');

    expect(await countAssessments()).toBe(before);
  });
});
