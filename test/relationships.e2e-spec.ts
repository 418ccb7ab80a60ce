import { Role } from '../libs/access/src';
import { aPerson, aUser, SignedInUser } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const RECORD = `mutation ($input: RecordRelationshipInput!) { recordRelationship(input: $input) { id type currentStatus } }`;
const SEPARATE = `mutation ($input: RecordSeparationInput!) { recordSeparation(input: $input) { currentStatus statusHistory { status occurredOn leftHouseholdPersonId } } }`;
const RECONCILE = `mutation ($input: RecordReconciliationInput!) { recordReconciliation(input: $input) { currentStatus } }`;

describe('Couples separating and reconciling, as dated events', () => {
  let t: TestApp;
  let social: SignedInUser;
  let familyId: string;
  let graceId: string;
  let deanId: string;
  let amaraId: string;
  let coupleId: string;
  const as = (query: string, input: Record<string, unknown>) => t.gql(query, { input }, { token: social.token });

  beforeAll(async () => {
    t = await startTestApp();
    social = await aUser(t, [Role.CASE_PRACTITIONER]);
    familyId = (await t.gql(`mutation { createFamily(input: { name: "Okafor-Brown family" }) { id } }`, {}, { token: social.token })).data.createFamily.id;
    graceId = await aPerson(t, social, { givenName: 'Grace', familyName: 'Okafor', gender: 'FEMALE', ethnicityGroup: 'BLACK', dateOfBirth: '1992-04-03' });
    deanId = await aPerson(t, social, { givenName: 'Dean', familyName: 'Brown', gender: 'MALE', ethnicityGroup: 'WHITE', dateOfBirth: '1989-11-20' });
    amaraId = await aPerson(t, social, {
      givenName: 'Amara',
      familyName: 'Okafor-Brown',
      gender: 'FEMALE',
      ethnicityGroup: 'MIXED',
      dateOfBirth: '2021-06-15',
    });
    const ADD = `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`;
    await as(ADD, { familyId, personId: graceId, kind: 'ADULT', joinedOn: '2020-01-01' });
    await as(ADD, { familyId, personId: deanId, kind: 'ADULT', joinedOn: '2020-01-01' });
    await as(ADD, { familyId, personId: amaraId, kind: 'CHILD', joinedOn: '2021-06-15' });
  });
  afterAll(() => t.close());

  it('records a couple together, a separation with the father leaving the household, and a reconciliation', async () => {
    const couple = await as(RECORD, { familyId, personId: deanId, relatedPersonId: graceId, type: 'PARTNER', togetherSince: '2019-05-01' });
    expect(couple.data.recordRelationship).toMatchObject({ type: 'PARTNER', currentStatus: 'TOGETHER' });
    coupleId = couple.data.recordRelationship.id;
    expect((await as(RECORD, { familyId, personId: graceId, relatedPersonId: amaraId, type: 'MOTHER' })).data.recordRelationship.currentStatus).toBeNull();

    const separated = await as(SEPARATE, {
      relationshipId: coupleId,
      separatedOn: '2023-03-03',
      leftHouseholdPersonId: deanId,
      note: 'Dean moved to his brother’s',
    });
    expect(separated.data.recordSeparation.currentStatus).toBe('SEPARATED');
    const family = await t.gql(`query ($id: ID!) { family(id: $id) { members { leftOn person { id } } } }`, { id: familyId }, { token: social.token });
    const dean = family.data.family.members.find((m: { person: { id: string } }) => m.person.id === deanId);
    expect(dean.leftOn).toBe('2023-03-03');

    const reconciled = await as(RECONCILE, { relationshipId: coupleId, reconciledOn: '2023-03-17' });
    expect(reconciled.data.recordReconciliation.currentStatus).toBe('RECONCILED');
    const history = await t.gql(
      `query ($id: ID!) { family(id: $id) { relationships { id statusHistory { status occurredOn leftHouseholdPersonId } } } }`,
      { id: familyId },
      { token: social.token },
    );
    const events = history.data.family.relationships.find((r: { id: string }) => r.id === coupleId).statusHistory;
    expect(events).toEqual([
      { status: 'TOGETHER', occurredOn: '2019-05-01', leftHouseholdPersonId: null },
      { status: 'SEPARATED', occurredOn: '2023-03-03', leftHouseholdPersonId: deanId },
      { status: 'RECONCILED', occurredOn: '2023-03-17', leftHouseholdPersonId: null },
    ]);
  });

  it('refuses changes that do not fit the couple’s history, naming the problem, and writes nothing', async () => {
    const count = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM couple_status_event WHERE relationship_id = $1`, [coupleId]))[0].n;
    const before = await count();
    const reconcileTwice = await as(RECONCILE, { relationshipId: coupleId, reconciledOn: '2023-04-01' });
    expect(reconcileTwice.errors![0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: 'Only a separated couple can reconcile; record the separation first.',
    });
    const backdated = await as(SEPARATE, { relationshipId: coupleId, separatedOn: '2023-03-10' });
    expect(backdated.errors![0].message).toBe("separatedOn: is before the couple's last recorded change (RECONCILED on 2023-03-17)");
    const future = await as(SEPARATE, { relationshipId: coupleId, separatedOn: '2999-01-01' });
    expect(future.errors![0].message).toBe('separatedOn: cannot be in the future');
    const stranger = await as(SEPARATE, { relationshipId: coupleId, separatedOn: '2024-01-01', leftHouseholdPersonId: amaraId });
    expect(stranger.errors![0].message).toBe('leftHouseholdPersonId: must be one of the two people in the relationship');
    const notCouple = await t.gql(`query ($id: ID!) { family(id: $id) { relationships { id type } } }`, { id: familyId }, { token: social.token });
    const motherOf = notCouple.data.family.relationships.find((r: { type: string }) => r.type === 'MOTHER').id;
    const separateMother = await as(SEPARATE, { relationshipId: motherOf, separatedOn: '2024-01-01' });
    expect(separateMother.errors![0].message).toBe('relationshipId: is a MOTHER relationship, not a couple');
    expect(await count()).toBe(before);

    const childPartner = await as(RECORD, { familyId, personId: amaraId, relatedPersonId: deanId, type: 'PARTNER' });
    expect(childPartner.errors![0].message).toBe('type: PARTNER is for two adults in the family');
    const self = await as(RECORD, { familyId, personId: deanId, relatedPersonId: deanId, type: 'SIBLING' });
    expect(self.errors![0].message).toBe('relatedPersonId: must be someone other than personId');
    const again = await as(RECORD, { familyId, personId: deanId, relatedPersonId: graceId, type: 'PARTNER' });
    expect(again.errors![0].extensions.code).toBe('CONFLICT');
    const reversed = await as(RECORD, { familyId, personId: graceId, relatedPersonId: deanId, type: 'PARTNER' });
    expect(reversed.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: 'That relationship is already recorded.' });
  });

  it('only those working with the family may record these events', async () => {
    const outsider = await aUser(t, [Role.CASE_PRACTITIONER]);
    const result = await t.gql(SEPARATE, { input: { relationshipId: coupleId, separatedOn: '2024-01-01' } }, { token: outsider.token });
    expect(result.errors![0].extensions.code).toBe('FORBIDDEN');
  });
});
