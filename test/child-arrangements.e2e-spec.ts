import { AgencyKind, Role } from '../libs/access/src';
import { anAgency, aUser, SignedInUser } from './support/factories';
import { FamilyStory } from './support/family-story';
import { startTestApp, TestApp } from './support/test-app';

const RECORD_CONTACT = `mutation ($input: RecordChildContactInput!) { recordChildContact(input: $input) { id childId personCausingHarmId arrangement startedOn endedOn } }`;
const END_CONTACT = `mutation ($input: EndChildContactInput!) { endChildContact(input: $input) { id endedOn } }`;
const RECORD_PLACEMENT = `mutation ($input: RecordKinshipPlacementInput!) { recordKinshipPlacement(input: $input) { id childId carerId carerRelationship placedOn endedOn } }`;

describe("A child's contact with the person causing harm, and kinship placements", () => {
  let t: TestApp;
  let social: SignedInUser;
  let manager: SignedInUser;
  let story: FamilyStory;
  let grace: string, tom: string, maureen: string, amara: string;

  const count = async (table: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE family_id = $1`, [story.familyId]))[0].n;
  const gql = (query: string, input: Record<string, unknown>, user = social) => t.gql(query, { input }, { token: user.token });

  beforeAll(async () => {
    t = await startTestApp();
    const csc = await anAgency(t, AgencyKind.CHILDRENS_SOCIAL_CARE);
    social = await aUser(t, [Role.CASE_PRACTITIONER], csc);
    manager = await aUser(t, [Role.MANAGER], csc);
    story = await FamilyStory.begin(t, social, 'Okafor-Brown family');
    grace = await story.member('Grace', 'ADULT', '2015-01-01');
    tom = await story.member('Tom', 'ADULT', '2015-01-01');
    maureen = await story.member('Maureen', 'ADULT', '2015-01-01', '1960-01-01');
    amara = await story.member('Amara', 'CHILD', '2018-02-02');
    await story.harm(tom, grace, '2024-01-01');
  });
  afterAll(() => t.close());

  it('records handover contact between Amara and Tom, ends it, and reads it back on the family and its timeline', async () => {
    const recorded = await gql(RECORD_CONTACT, {
      familyId: story.familyId,
      childId: amara,
      personCausingHarmId: tom,
      arrangement: 'HANDOVER_ONLY',
      startedOn: '2024-03-10',
    });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data.recordChildContact).toMatchObject({
      childId: amara,
      personCausingHarmId: tom,
      arrangement: 'HANDOVER_ONLY',
      startedOn: '2024-03-10',
      endedOn: null,
    });
    const overlapping = await gql(RECORD_CONTACT, {
      familyId: story.familyId,
      childId: amara,
      personCausingHarmId: tom,
      arrangement: 'SUPERVISED',
      startedOn: '2024-04-01',
    });
    expect(overlapping.errors![0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: 'Amara already has handover only contact with Tom since 2024-03-10; record when it ended first.',
    });
    const ended = await gql(END_CONTACT, { contactId: recorded.data.recordChildContact.id, endedOn: '2024-06-01' });
    expect(ended.data.endChildContact.endedOn).toBe('2024-06-01');

    const family = await t.gql(
      `query ($id: ID!) { family(id: $id) { childContacts { arrangement startedOn endedOn } timeline(first: 5, kinds: [CHILD_CONTACT_STARTED, CHILD_CONTACT_ENDED]) { nodes { summary } } } }`,
      { id: story.familyId },
      { token: manager.token },
    );
    expect(family.data.family.childContacts).toEqual([{ arrangement: 'HANDOVER_ONLY', startedOn: '2024-03-10', endedOn: '2024-06-01' }]);
    expect(family.data.family.timeline.nodes.map((n: any) => n.summary)).toEqual([
      "Amara's handover only contact with Tom ended.",
      'Amara started handover only contact with Tom.',
    ]);
  });

  it('refuses contact with someone not recorded as causing harm, with an adult as the child, in the future or ending before it starts, and from a manager; nothing is written', async () => {
    const before = await count('child_contact');
    const base = { familyId: story.familyId, childId: amara, personCausingHarmId: tom, arrangement: 'SUPERVISED', startedOn: '2024-07-01' };
    const notHarming = await gql(RECORD_CONTACT, { ...base, personCausingHarmId: maureen });
    expect(notHarming.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: 'personCausingHarmId: Maureen is not recorded as causing harm in this family; record the harm first',
    });
    const adult = await gql(RECORD_CONTACT, { ...base, childId: grace });
    expect(adult.errors![0].message).toBe('childId: Grace is not recorded as a child in this family');
    const future = await gql(RECORD_CONTACT, { ...base, startedOn: '2999-01-01' });
    expect(future.errors![0].message).toBe('startedOn: cannot be in the future');
    const backwards = await gql(RECORD_CONTACT, { ...base, endedOn: '2024-06-30' });
    expect(backwards.errors![0].message).toBe('endedOn: is before startedOn (2024-07-01)');
    const badKind = await gql(RECORD_CONTACT, { ...base, arrangement: 'SOMETIMES' });
    expect(badKind.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const byManager = await gql(RECORD_CONTACT, base, manager);
    expect(byManager.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(await count('child_contact')).toBe(before);
  });

  it('places Amara with Maureen, once at a time; the carer must be a family member; nothing is written on a refusal', async () => {
    const placed = await gql(RECORD_PLACEMENT, {
      familyId: story.familyId,
      childId: amara,
      carerId: maureen,
      carerRelationship: 'PATERNAL_GRANDPARENT',
      placedOn: '2024-06-01',
    });
    expect(placed.errors).toBeUndefined();
    expect(placed.data.recordKinshipPlacement).toMatchObject({
      childId: amara,
      carerId: maureen,
      carerRelationship: 'PATERNAL_GRANDPARENT',
      placedOn: '2024-06-01',
      endedOn: null,
    });
    const before = await count('kinship_placement');
    const twice = await gql(RECORD_PLACEMENT, { familyId: story.familyId, childId: amara, carerId: grace, carerRelationship: 'OTHER', placedOn: '2024-07-01' });
    expect(twice.errors![0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: 'Amara is already placed with kinship carers since 2024-06-01; record when that placement ended first.',
    });
    const outsider = await story.member('Neighbour', 'ADULT', '2015-01-01');
    const other = await FamilyStory.begin(t, social, 'Other family');
    const stranger = await other.member('Pat', 'ADULT', '2015-01-01');
    const notMember = await gql(RECORD_PLACEMENT, {
      familyId: story.familyId,
      childId: amara,
      carerId: stranger,
      carerRelationship: 'FAMILY_FRIEND',
      placedOn: '2024-07-01',
    });
    expect(notMember.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: 'carerId: Pat has never been a member of this family; add them to the family first',
    });
    const self = await gql(RECORD_PLACEMENT, { familyId: story.familyId, childId: amara, carerId: amara, carerRelationship: 'OTHER', placedOn: '2024-07-01' });
    expect(self.errors![0].message).toBe('carerId: must be someone other than the child');
    const byManager = await gql(
      RECORD_PLACEMENT,
      { familyId: story.familyId, childId: amara, carerId: outsider, carerRelationship: 'FAMILY_FRIEND', placedOn: '2024-07-01' },
      manager,
    );
    expect(byManager.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(await count('kinship_placement')).toBe(before);
    const family = await t.gql(
      `query ($id: ID!) { family(id: $id) { kinshipPlacements { carerRelationship placedOn } } }`,
      { id: story.familyId },
      { token: social.token },
    );
    expect(family.data.family.kinshipPlacements).toEqual([{ carerRelationship: 'PATERNAL_GRANDPARENT', placedOn: '2024-06-01' }]);
  });
});
