import { AgencyKind, Role } from '../libs/access/src';
import { anAgency, aUser, SignedInUser } from './support/factories';
import { GraphqlResult, startTestApp, TestApp } from './support/test-app';

const CREATE_PERSON = `mutation ($input: CreatePersonInput!) {
  createPerson(input: $input) {
    person { id givenName familyName aliases postcodeArea }
    possibleDuplicates { personId visible score reasons person { id givenName familyName dateOfBirth confidentialAddress } }
  }
}`;
const MERGE = `mutation ($input: MergePeopleInput!) { mergePeople(input: $input) { id givenName aliases } }`;
const PERSON = `query ($id: ID!) { person(id: $id) { id givenName aliases } }`;
const ADD_MEMBER = `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`;
const OPEN_EPISODE = `mutation ($input: OpenEpisodeInput!) { openEpisode(input: $input) { id } }`;
const CLOSE_EPISODE = `mutation ($input: CloseEpisodeInput!) { closeEpisode(input: $input) { closedOn } }`;

describe('Recording a person who may already be known, and merging duplicate records', () => {
  let t: TestApp;
  let social: SignedInUser; // the social worker recording people
  let manager: SignedInUser; // manages the social worker's agency
  let elsewhere: SignedInUser; // a practitioner in another agency
  let familyId: string;

  const recordPerson = (input: Record<string, unknown>, by: SignedInUser = social) =>
    t.gql(CREATE_PERSON, { input: { gender: 'FEMALE', ethnicityGroup: 'WHITE', ...input } }, { token: by.token });
  const recorded = async (input: Record<string, unknown>, by: SignedInUser = social): Promise<string> => {
    const result = await recordPerson(input, by);
    expect(result.errors).toBeUndefined();
    expect(result.data.createPerson.person).not.toBeNull();
    return result.data.createPerson.person.id;
  };
  const merge = (input: Record<string, unknown>, by: SignedInUser = manager) => t.gql(MERGE, { input }, { token: by.token });
  const codeOf = (result: GraphqlResult) => result.errors?.[0].extensions.code;

  beforeAll(async () => {
    t = await startTestApp();
    const csc = await anAgency(t, AgencyKind.CHILDRENS_SOCIAL_CARE);
    social = await aUser(t, [Role.CASE_PRACTITIONER], csc);
    manager = await aUser(t, [Role.MANAGER], csc);
    elsewhere = await aUser(t, [Role.CASE_PRACTITIONER], await anAgency(t, AgencyKind.EARLY_HELP));
    familyId = (await t.gql(`mutation { createFamily(input: { name: "Doe family" }) { id } }`, {}, { token: social.token })).data.createFamily.id;
  });
  afterAll(() => t.close());

  it('reports a likely duplicate and records nothing until the practitioner confirms', async () => {
    const first = await recordPerson({ givenName: 'Siobhán', familyName: "O'Connor-Walsh", dateOfBirth: '1988-07-14', postcodeArea: 'm14' });
    expect(first.data.createPerson).toMatchObject({ person: { postcodeArea: 'M14' }, possibleDuplicates: [] });
    const siobhanId = first.data.createPerson.person.id;
    const countSiobhans = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM person WHERE family_name ILIKE '%connor%walsh%'`))[0].n;

    // Typed again without the accent, apostrophe or hyphen, in capitals and with stray spaces.
    const again = { givenName: ' siobhan ', familyName: 'OCONNOR WALSH', dateOfBirth: '1988-07-14', postcodeArea: 'M14' };
    const reported = await recordPerson(again);
    expect(reported.errors).toBeUndefined();
    expect(reported.data.createPerson).toEqual({
      person: null,
      possibleDuplicates: [
        {
          personId: siobhanId,
          visible: true,
          score: 100,
          reasons: ['NAME', 'DATE_OF_BIRTH', 'POSTCODE_AREA'],
          person: { id: siobhanId, givenName: 'Siobhán', familyName: "O'Connor-Walsh", dateOfBirth: '1988-07-14', confidentialAddress: null },
        },
      ],
    });
    expect(await countSiobhans()).toBe(1);
    const [checked] = await t.dataSource.query(`SELECT detail FROM audit_event WHERE action = 'person.duplicate_check' AND actor_user_id = $1`, [social.id]);
    expect(checked.detail).toEqual({ possibleDuplicates: 1 });
    // Showing a match is reading that person's record.
    const [read] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'person.read' AND actor_user_id = $1 AND subject_id = $2`,
      [social.id, siobhanId],
    );
    expect(read.n).toBeGreaterThanOrEqual(1);

    const confirmed = await recordPerson({ ...again, confirmNotDuplicate: true });
    expect(confirmed.data.createPerson.person).toMatchObject({ givenName: 'siobhan', familyName: 'OCONNOR WALSH' });
    expect(confirmed.data.createPerson.possibleDuplicates.map((d: { personId: string }) => d.personId)).toEqual([siobhanId]);
    expect(await countSiobhans()).toBe(2);
  });

  it('matches aliases both ways and dates of birth within 30 days; without a date of birth only the exact name counts', async () => {
    const mariamId = await recorded({ givenName: 'Mariam', familyName: 'Haddad', aliases: ['Mary Haddad'], dateOfBirth: '1990-03-01' });
    const duplicatesOf = async (input: Record<string, unknown>) => {
      const result = await recordPerson(input);
      expect(result.errors).toBeUndefined();
      return result.data.createPerson;
    };

    // Her alias as the name, and a date of birth 20 days out.
    expect(await duplicatesOf({ givenName: 'Mary', familyName: 'Haddad', dateOfBirth: '1990-03-21' })).toMatchObject({
      person: null,
      possibleDuplicates: [{ personId: mariamId, visible: true, score: 65, reasons: ['ALIAS', 'DATE_OF_BIRTH'] }],
    });
    // Her name given as the new person's alias.
    expect(await duplicatesOf({ givenName: 'Mimi', familyName: 'Jones', aliases: ['Mariam  Haddad'], dateOfBirth: '1990-03-01' })).toMatchObject({
      person: null,
      possibleDuplicates: [{ personId: mariamId, score: 75, reasons: ['ALIAS', 'DATE_OF_BIRTH'] }],
    });
    // 30 days apart is still a likely match; 31 days is not.
    expect((await duplicatesOf({ givenName: 'Mariam', familyName: 'Haddad', dateOfBirth: '1990-03-31' })).possibleDuplicates).toMatchObject([
      { personId: mariamId, reasons: ['NAME', 'DATE_OF_BIRTH'] },
    ]);
    const laterMariam = await duplicatesOf({ givenName: 'Mariam', familyName: 'Haddad', dateOfBirth: '1990-04-01' });
    expect(laterMariam).toMatchObject({ person: { givenName: 'Mariam' }, possibleDuplicates: [] });

    // No date of birth: both records with exactly her name are reported, on the name alone ...
    const undated = await duplicatesOf({ givenName: 'mariam', familyName: 'HADDAD' });
    expect(undated.person).toBeNull();
    expect(undated.possibleDuplicates).toHaveLength(2);
    for (const match of undated.possibleDuplicates) expect(match).toMatchObject({ score: 50, reasons: ['NAME'] });
    expect(undated.possibleDuplicates.map((d: { personId: string }) => d.personId)).toEqual(expect.arrayContaining([mariamId, laterMariam.person.id]));
    // ... but an alias alone is not enough.
    expect(await duplicatesOf({ givenName: 'Mary', familyName: 'Haddad' })).toMatchObject({ person: { givenName: 'Mary' }, possibleDuplicates: [] });

    const badPostcode = await recordPerson({ givenName: 'Nadia', familyName: 'Haddad', postcodeArea: 'M14 5AB' });
    expect(badPostcode.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(badPostcode.errors![0].message).toMatch(/postcodeArea: must be the first part of a postcode/);
  });

  it('a match outside the practitioner’s involvement shows only its id, until break-glass access is granted', async () => {
    const theirsId = await recorded(
      { givenName: 'Precious', familyName: 'Adeyemi', dateOfBirth: '2001-09-09', confidentialAddress: 'Refuge, address withheld' },
      elsewhere,
    );
    const input = { givenName: 'Precious', familyName: 'Adeyemi', dateOfBirth: '2001-09-19' };
    const result = await recordPerson(input);
    expect(result.data.createPerson).toEqual({
      person: null,
      possibleDuplicates: [{ personId: theirsId, visible: false, score: null, reasons: null, person: null }],
    });
    expect(JSON.stringify(result)).not.toMatch(/2001-09-09|Refuge/);
    const reads = await t.dataSource.query(`SELECT 1 FROM audit_event WHERE action = 'person.read' AND subject_id = $1 AND actor_user_id = $2`, [
      theirsId,
      social.id,
    ]);
    expect(reads).toHaveLength(0);

    const grant = await t.gql(
      `mutation ($input: RequestBreakGlassAccessInput!) { requestBreakGlassAccess(input: $input) { id } }`,
      { input: { subjectType: 'PERSON', subjectId: theirsId, reason: 'Possible duplicate of a child protection referral received today' } },
      { token: social.token },
    );
    expect(grant.errors).toBeUndefined();
    const opened = await recordPerson(input);
    expect(opened.data.createPerson.possibleDuplicates).toMatchObject([
      { personId: theirsId, visible: true, reasons: ['NAME', 'DATE_OF_BIRTH'], person: { givenName: 'Precious', dateOfBirth: '2001-09-09' } },
    ]);
  });

  describe('a manager merges two records of one child', () => {
    let kaiId: string; // the record kept
    let kyeId: string; // the same child, recorded again under a misspelt name
    let kaiEpisodeId: string;
    let kyeEpisodeId: string;
    const reason = 'Same child: school and GP confirm one date of birth';

    const snapshot = async () => ({
      memberships: await t.dataSource.query(`SELECT id, person_id FROM family_membership WHERE family_id = $1 ORDER BY id`, [familyId]),
      episodes: await t.dataSource.query(`SELECT id, child_id, closed_on FROM episode WHERE family_id = $1 ORDER BY id`, [familyId]),
      people: await t.dataSource.query(`SELECT id, aliases, merged_into_id FROM person WHERE id IN ($1, $2) ORDER BY id`, [kaiId, kyeId]),
      merges: (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'person.merge'`))[0].n,
    });

    beforeAll(async () => {
      kaiId = await recorded({ givenName: 'Kai', familyName: 'Doe', gender: 'MALE', aliases: ['Kai Smith'], dateOfBirth: '2019-02-02' });
      const kye = await recordPerson({ givenName: 'Kye', familyName: 'Doe', gender: 'MALE', aliases: ['K.J. Doe'], dateOfBirth: '2019-02-12' });
      expect(kye.data.createPerson.possibleDuplicates).toEqual([]); // the misspelling is not caught
      kyeId = kye.data.createPerson.person.id;
      for (const personId of [kaiId, kyeId]) {
        const added = await t.gql(ADD_MEMBER, { input: { familyId, personId, kind: 'CHILD', joinedOn: '2019-02-12' } }, { token: social.token });
        expect(added.errors).toBeUndefined();
      }
      const open = async (childId: string, level: string, occurredOn: string) => {
        const result = await t.gql(OPEN_EPISODE, { input: { familyId, childId, level, occurredOn } }, { token: social.token });
        expect(result.errors).toBeUndefined();
        return result.data.openEpisode.id;
      };
      kaiEpisodeId = await open(kaiId, 'EARLY_HELP', '2023-01-10');
      kyeEpisodeId = await open(kyeId, 'CIN', '2024-01-05');
    });

    it('a practitioner cannot merge records', async () => {
      const result = await merge({ keepPersonId: kaiId, mergePersonId: kyeId, reason }, social);
      expect(codeOf(result)).toBe('FORBIDDEN');
    });

    it('refuses a record merged into itself, a merge leaving the child two open episodes, and a short reason; nothing changes', async () => {
      const before = await snapshot();

      const itself = await merge({ keepPersonId: kaiId, mergePersonId: kaiId, reason });
      expect(codeOf(itself)).toBe('CONFLICT');
      expect(itself.errors![0].message).toMatch(/same record/);

      const twoOpen = await merge({ keepPersonId: kaiId, mergePersonId: kyeId, reason });
      expect(twoOpen.errors![0]).toMatchObject({
        extensions: { code: 'CONFLICT' },
        message:
          'These records cannot be merged: Kai would have two open episodes, and a child can have only one. Close one of the episodes first. Nothing was changed.',
      });

      const terse = await merge({ keepPersonId: kaiId, mergePersonId: kyeId, reason: 'dupe' });
      expect(codeOf(terse)).toBe('BAD_USER_INPUT');

      expect(await snapshot()).toEqual(before);
    });

    it("moves the duplicate's memberships and episodes to the kept record, which gains its names as aliases; the duplicate is then not found", async () => {
      const closed = await t.gql(
        CLOSE_EPISODE,
        { input: { episodeId: kyeEpisodeId, occurredOn: '2024-02-01', closureReason: 'RC7', closureSubReason: 'OTHER' } },
        { token: social.token },
      );
      expect(closed.errors).toBeUndefined();

      const merged = await merge({ keepPersonId: kaiId, mergePersonId: kyeId, reason });
      expect(merged.errors).toBeUndefined();
      expect(merged.data.mergePeople).toEqual({ id: kaiId, givenName: 'Kai', aliases: ['Kai Smith', 'K.J. Doe', 'Kye Doe'] });

      const after = await snapshot();
      // One child recorded twice in one household: the two overlapping stays become one.
      expect(after.memberships.map((m: { person_id: string }) => m.person_id)).toEqual([kaiId]);
      expect(after.episodes.map((e: { id: string; child_id: string }) => [e.id, e.child_id]).sort()).toEqual(
        [
          [kaiEpisodeId, kaiId],
          [kyeEpisodeId, kaiId],
        ].sort(),
      );
      const family = await t.gql(`query ($id: ID!) { family(id: $id) { members { person { id } } } }`, { id: familyId }, { token: manager.token });
      expect(family.data.family.members.map((m: { person: { id: string } }) => m.person.id)).toEqual([kaiId]);

      for (const reader of [social, manager]) {
        const gone = await t.gql(PERSON, { id: kyeId }, { token: reader.token });
        expect(gone.errors![0]).toMatchObject({
          extensions: { code: 'NOT_FOUND' },
          message: `This person's record was merged into person ${kaiId}; use that record instead.`,
        });
      }
      const kept = await t.gql(PERSON, { id: kaiId }, { token: social.token });
      expect(kept.data.person.aliases).toEqual(['Kai Smith', 'K.J. Doe', 'Kye Doe']);

      const [audited] = await t.dataSource.query(
        `SELECT actor_user_id, subject_id, reason, detail FROM audit_event WHERE action = 'person.merge' AND subject_id = $1`,
        [kaiId],
      );
      expect(audited).toMatchObject({
        actor_user_id: manager.id,
        subject_id: kaiId,
        reason,
        detail: { mergedPersonId: kyeId, movedReferences: { 'episode.child_id': 1 }, foldedMemberships: 1 },
      });
    });

    it('a merged record is not merged again and is no longer offered as a duplicate; its name now finds the kept record', async () => {
      const again = await merge({ keepPersonId: kaiId, mergePersonId: kyeId, reason });
      expect(codeOf(again)).toBe('CONFLICT');
      expect(again.errors![0].message).toBe(`mergePersonId: this record was already merged into person ${kaiId}.`);

      const recordedAgain = await recordPerson({ givenName: 'Kye', familyName: 'Doe', gender: 'MALE', dateOfBirth: '2019-02-12' });
      expect(recordedAgain.data.createPerson).toMatchObject({
        person: null,
        possibleDuplicates: [{ personId: kaiId, visible: true, reasons: ['ALIAS', 'DATE_OF_BIRTH'] }],
      });
    });
  });
});
