import { AgencyKind, Role } from '../libs/access/src';
import { anAgency, aUser, SignedInUser } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const CREATE_PERSON = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`;
const ADD_MEMBER = `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`;
const RECORD_HARM = `mutation ($input: RecordHarmRelationshipInput!) {
  recordHarmRelationship(input: $input) { id personCausingHarmId personHarmedId forms disclosure typology recordedOn note }
}`;
const RECORD_CONTEXT = `mutation ($input: RecordSocioEconomicContextInput!) {
  recordSocioEconomicContext(input: $input) { id recordedOn housing incomeHardship employment deprivationDecile }
}`;
const FAMILY = `query ($id: ID!) { family(id: $id) {
  harmRelationships { personCausingHarmId personHarmedId forms disclosure typology recordedOn note }
  socioEconomicContext { recordedOn housing incomeHardship employment deprivationDecile }
} }`;

describe('Harm between family members, and the circumstances the family lives in', () => {
  let t: TestApp;
  let social: SignedInUser; // the allocated social worker
  let colleague: SignedInUser; // same agency, not allocated
  let manager: SignedInUser; // reads the agency's families, does not record in them
  let familyId: string;
  let motherId: string;
  let fatherId: string;
  let childId: string;
  let neighbourId: string; // recorded by the social worker, never a member of the family

  const count = async (table: 'harm_relationship' | 'socio_economic_context'): Promise<number> => {
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE family_id = $1`, [familyId]);
    return n;
  };
  const recordHarm = (input: Record<string, unknown>, token = social.token) =>
    t.gql(
      RECORD_HARM,
      {
        input: {
          familyId,
          personCausingHarmId: fatherId,
          personHarmedId: motherId,
          forms: ['PHYSICAL'],
          disclosure: 'DISCLOSED',
          recordedOn: '2025-02-01',
          ...input,
        },
      },
      { token },
    );
  const recordContext = (input: Record<string, unknown>, token = social.token) =>
    t.gql(RECORD_CONTEXT, { input: { familyId, recordedOn: '2025-02-01', housing: 'SECURE', employment: 'EMPLOYED', ...input } }, { token });

  beforeAll(async () => {
    t = await startTestApp();
    const csc = await anAgency(t, AgencyKind.CHILDRENS_SOCIAL_CARE);
    social = await aUser(t, [Role.CASE_PRACTITIONER], csc);
    colleague = await aUser(t, [Role.CASE_PRACTITIONER], csc);
    manager = await aUser(t, [Role.MANAGER], csc);

    familyId = (await t.gql(`mutation { createFamily(input: { name: "Nowak-Hughes family" }) { id } }`, {}, { token: social.token })).data.createFamily.id;
    const person = async (input: Record<string, unknown>) =>
      (await t.gql(CREATE_PERSON, { input: { confirmNotDuplicate: true, ...input } }, { token: social.token })).data.createPerson.person.id;
    motherId = await person({ givenName: 'Ewa', familyName: 'Nowak', gender: 'FEMALE', ethnicityGroup: 'WHITE', dateOfBirth: '1990-08-12' });
    fatherId = await person({ givenName: 'Liam', familyName: 'Hughes', gender: 'MALE', ethnicityGroup: 'WHITE', dateOfBirth: '1987-02-28' });
    childId = await person({ givenName: 'Zofia', familyName: 'Nowak-Hughes', gender: 'FEMALE', ethnicityGroup: 'WHITE', dateOfBirth: '2019-05-05' });
    neighbourId = await person({ givenName: 'Pat', familyName: 'Neighbour', gender: 'NOT_KNOWN', ethnicityGroup: 'NOT_STATED' });
    for (const [personId, kind, joinedOn] of [
      [motherId, 'ADULT', '2018-01-01'],
      [fatherId, 'ADULT', '2018-01-01'],
      [childId, 'CHILD', '2019-05-05'],
    ]) {
      const added = await t.gql(ADD_MEMBER, { input: { familyId, personId, kind, joinedOn } }, { token: social.token });
      expect(added.errors).toBeUndefined();
    }
  });
  afterAll(() => t.close());

  it('the social worker records that the father causes harm to the mother, disclosed, and a suspicion about the child; both read back on the family', async () => {
    const disclosed = await recordHarm({
      forms: ['COERCIVE_CONTROL', 'NON_FATAL_STRANGULATION'],
      typology: 'COERCIVE_CONTROLLING_VIOLENCE',
      recordedOn: '2025-01-15',
      note: 'Ewa disclosed at the health visitor appointment; strangulation in December.',
    });
    expect(disclosed.errors).toBeUndefined();
    expect(disclosed.data.recordHarmRelationship).toMatchObject({
      personCausingHarmId: fatherId,
      personHarmedId: motherId,
      forms: ['COERCIVE_CONTROL', 'NON_FATAL_STRANGULATION'],
      disclosure: 'DISCLOSED',
      typology: 'COERCIVE_CONTROLLING_VIOLENCE',
    });

    // The father has since left the household: a past member can still be named.
    const [membership] = await t.dataSource.query(`SELECT id FROM family_membership WHERE family_id = $1 AND person_id = $2`, [familyId, fatherId]);
    const left = await t.gql(
      `mutation ($input: RecordMemberLeftInput!) { recordMemberLeft(input: $input) { leftOn } }`,
      { input: { membershipId: membership.id, leftOn: '2025-02-10' } },
      { token: social.token },
    );
    expect(left.errors).toBeUndefined();
    const suspected = await recordHarm({ personHarmedId: childId, forms: ['PHYSICAL'], disclosure: 'SUSPECTED_NOT_DISCLOSED', recordedOn: '2025-02-20' });
    expect(suspected.errors).toBeUndefined();

    const family = await t.gql(FAMILY, { id: familyId }, { token: social.token });
    expect(family.errors).toBeUndefined();
    expect(family.data.family.harmRelationships).toEqual([
      {
        personCausingHarmId: fatherId,
        personHarmedId: motherId,
        forms: ['COERCIVE_CONTROL', 'NON_FATAL_STRANGULATION'],
        disclosure: 'DISCLOSED',
        typology: 'COERCIVE_CONTROLLING_VIOLENCE',
        recordedOn: '2025-01-15',
        note: 'Ewa disclosed at the health visitor appointment; strangulation in December.',
      },
      {
        personCausingHarmId: fatherId,
        personHarmedId: childId,
        forms: ['PHYSICAL'],
        disclosure: 'SUSPECTED_NOT_DISCLOSED',
        typology: null,
        recordedOn: '2025-02-20',
        note: null,
      },
    ]);

    const audited = await t.dataSource.query(
      `SELECT detail FROM audit_event WHERE action = 'harm_relationship.record' AND subject_type = 'Family' AND subject_id = $1`,
      [familyId],
    );
    expect(audited.map((e: { detail: { id: string } }) => e.detail.id).sort()).toEqual(
      [disclosed.data.recordHarmRelationship.id, suspected.data.recordHarmRelationship.id].sort(),
    );
  });

  it('records the family context as it changes; the newest reads first', async () => {
    const refuge = await recordContext({
      recordedOn: '2025-02-12',
      housing: 'TEMPORARY',
      incomeHardship: true,
      employment: 'NOT_IN_LABOUR_MARKET',
      deprivationDecile: 2,
    });
    expect(refuge.errors).toBeUndefined();
    const before = await recordContext({ recordedOn: '2024-06-01', housing: 'OVERCROWDED', employment: 'EMPLOYED', deprivationDecile: 3 });
    expect(before.errors).toBeUndefined();

    const family = await t.gql(FAMILY, { id: familyId }, { token: social.token });
    expect(family.data.family.socioEconomicContext).toEqual([
      { recordedOn: '2025-02-12', housing: 'TEMPORARY', incomeHardship: true, employment: 'NOT_IN_LABOUR_MARKET', deprivationDecile: 2 },
      { recordedOn: '2024-06-01', housing: 'OVERCROWDED', incomeHardship: null, employment: 'EMPLOYED', deprivationDecile: 3 },
    ]);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'socio_economic_context.record' AND subject_id = $1`, [
      familyId,
    ]);
    expect(n).toBe(2);
  });

  it('refuses an impossible harm relationship, naming the field, and writes nothing', async () => {
    const rows = await count('harm_relationship');
    const audits = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'harm_relationship.record'`))[0].n;
    const auditsBefore = await audits();

    const samePerson = await recordHarm({ personHarmedId: fatherId });
    expect(samePerson.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: 'personHarmedId: must be a different person from the person causing harm',
    });

    const notInFamily = await recordHarm({ personHarmedId: neighbourId });
    expect(notInFamily.errors![0].extensions.code).toBe('NOT_FOUND');
    expect(notInFamily.errors![0].message).toMatch(/^personHarmedId: Pat has never been a member of this family/);

    const stranger = (
      await t.gql(
        CREATE_PERSON,
        { input: { givenName: 'Sam', familyName: 'Other', gender: 'MALE', ethnicityGroup: 'WHITE', confirmNotDuplicate: true } },
        { token: colleague.token },
      )
    ).data.createPerson.person.id;
    const unseen = await recordHarm({ personCausingHarmId: stranger });
    expect(unseen.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'personCausingHarmId: no person you can see has that id.' });

    const noForms = await recordHarm({ forms: [] });
    expect(noForms.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'forms', problems: ['must name at least one form of abuse'] }],
    });

    const repeated = await recordHarm({ forms: ['SEXUAL', 'SEXUAL'] });
    expect(repeated.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'forms', problems: ['must not repeat a form of abuse'] }],
    });

    const future = await recordHarm({ recordedOn: '2999-01-01' });
    expect(future.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'recordedOn: cannot be in the future' });

    const unknownForm = await recordHarm({ forms: ['SHOUTING'] });
    expect(unknownForm.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(unknownForm.errors![0].message).toMatch(/forms/);
    const unknownDisclosure = await recordHarm({ disclosure: 'RUMOURED' });
    expect(unknownDisclosure.errors![0].extensions.code).toBe('BAD_USER_INPUT');

    const longNote = await recordHarm({ note: 'x'.repeat(2001) });
    expect(longNote.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'note' }] });

    expect(await count('harm_relationship')).toBe(rows);
    expect(await audits()).toBe(auditsBefore);
  });

  it('refuses impossible context, naming the field, and writes nothing', async () => {
    const rows = await count('socio_economic_context');

    for (const deprivationDecile of [0, 11]) {
      const result = await recordContext({ deprivationDecile });
      expect(result.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'deprivationDecile', problems: ['must be a decile from 1 (most deprived) to 10'] }],
      });
    }
    const future = await recordContext({ recordedOn: '2999-01-01' });
    expect(future.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'recordedOn: cannot be in the future' });
    const notADate = await recordContext({ recordedOn: '2025-02-30' });
    expect(notADate.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const unknownHousing = await recordContext({ housing: 'CARAVAN' });
    expect(unknownHousing.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(unknownHousing.errors![0].message).toMatch(/housing/);

    expect(await count('socio_economic_context')).toBe(rows);
  });

  it('a practitioner not allocated to the family, and a manager, may not record; the colleague cannot read it either', async () => {
    const harmRows = await count('harm_relationship');
    const contextRows = await count('socio_economic_context');

    for (const token of [colleague.token, manager.token]) {
      const harm = await recordHarm({}, token);
      expect(harm.errors![0].extensions.code).toBe('FORBIDDEN');
      const context = await recordContext({}, token);
      expect(context.errors![0].extensions.code).toBe('FORBIDDEN');
    }
    const read = await t.gql(FAMILY, { id: familyId }, { token: colleague.token });
    expect(read.errors![0].extensions.code).toBe('FORBIDDEN');

    expect(await count('harm_relationship')).toBe(harmRows);
    expect(await count('socio_economic_context')).toBe(contextRows);
  });
});
