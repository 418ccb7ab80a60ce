import { AgencyKind, Role } from '../libs/access/src';
import { anAgency, aUser, SignedInUser } from './support/factories';
import { daysAgo, FamilyStory } from './support/family-story';
import { SCHEDULE } from './support/marac';
import { startTestApp, TestApp } from './support/test-app';

const WORKLIST = `query ($weights: RfgWeightsInput, $windowMonths: Int) {
  matacWorklist(weights: $weights, windowMonths: $windowMonths, first: 100) {
    windowMonths recencyWeight frequencyWeight gravityWeight method
    entries { rank personId name familyId score recency frequency gravity victims latestOn explanation }
  }
}`;
const LIST_ON_MATAC = `mutation ($input: ListOnMatacInput!) { listOnMatac(input: $input) { id familyId reasonForListing people { person { id } scopeRole } } }`;

/**
 * Three people causing harm known to one children's services agency, with incidents and harm at
 * known distances from today, ranked as a MATAC would rank them. The expected scores are worked by
 * hand from the rule in libs/meetings/src/matac/matac-rfg.ts (12-month window, weights 1, 1, 1):
 *
 *   Dan: a police notification 10 days ago (gravity 2), another incident 75 days ago (1), harm with
 *        non-fatal strangulation recorded 200 days ago (5): F 3, G 8, R 12 − 0 = 12 → 23; 1 victim.
 *   Tom: coercive control of Mia 75 days ago (3), stalking of Jo 40 days ago (3), a police
 *        notification 200 days ago (2): F 3, G 8, R 12 − 1 = 11 → 22; 2 victims. A suspicion
 *        nobody disclosed, and an incident 400 days ago, do not count.
 *   Lee: another incident 300 days ago: F 1, G 1, R 12 − 9 = 3 → 5; 0 victims.
 */
describe('The MATAC worklist: people causing harm ranked by recency, frequency and gravity', () => {
  let t: TestApp;
  let social: SignedInUser;
  let manager: SignedInUser;
  let coordinator: SignedInUser;
  let police: { id: string };
  const ids: Record<string, string> = {};
  let danFamily: FamilyStory;

  const incident = (story: FamilyStory, occurredOn: string, kind: string, people: Array<[string, string]>) =>
    story.run(`mutation ($input: RecordIncidentInput!) { recordIncident(input: $input) { id } }`, {
      familyId: story.familyId,
      occurredOn,
      reportingAgencyId: police.id,
      kind,
      description: 'Reported',
      people: people.map(([personId, role]) => ({ personId, role })),
    });
  const harm = (story: FamilyStory, by: string, to: string, forms: string[], recordedOn: string, disclosure = 'DISCLOSED') =>
    story.run(`mutation ($input: RecordHarmRelationshipInput!) { recordHarmRelationship(input: $input) { id } }`, {
      familyId: story.familyId,
      personCausingHarmId: by,
      personHarmedId: to,
      forms,
      disclosure,
      recordedOn,
    });

  beforeAll(async () => {
    t = await startTestApp();
    const csc = await anAgency(t, AgencyKind.CHILDRENS_SOCIAL_CARE);
    police = await anAgency(t, AgencyKind.POLICE);
    social = await aUser(t, [Role.CASE_PRACTITIONER], csc);
    manager = await aUser(t, [Role.MANAGER], csc);
    coordinator = await aUser(t, [Role.MARAC_COORDINATOR], csc);

    danFamily = await FamilyStory.begin(t, social, 'Okafor-Brown family');
    ids.grace = await danFamily.member('Grace', 'ADULT', '2018-01-01');
    ids.dan = await danFamily.member('Dan', 'ADULT', '2018-01-01');
    ids.amara = await danFamily.member('Amara', 'CHILD', '2019-06-15');
    await incident(danFamily, daysAgo(10), 'POLICE_DA_NOTIFICATION', [
      [ids.dan, 'PERSON_CAUSING_HARM'],
      [ids.grace, 'ADULT_VICTIM'],
    ]);
    await incident(danFamily, daysAgo(75), 'OTHER_REPORTED_INCIDENT', [
      [ids.dan, 'PERSON_CAUSING_HARM'],
      [ids.grace, 'ADULT_VICTIM'],
    ]);
    await harm(danFamily, ids.dan, ids.grace, ['PHYSICAL', 'NON_FATAL_STRANGULATION'], daysAgo(200));

    const tomFamily = await FamilyStory.begin(t, social, 'Shah family');
    ids.mia = await tomFamily.member('Mia', 'ADULT', '2015-01-01');
    ids.tom = await tomFamily.member('Tom', 'ADULT', '2015-01-01');
    ids.jo = await tomFamily.member('Jo', 'ADULT', '2015-01-01');
    await harm(tomFamily, ids.tom, ids.mia, ['COERCIVE_CONTROL'], daysAgo(75));
    await harm(tomFamily, ids.tom, ids.jo, ['STALKING_HARASSMENT'], daysAgo(40));
    await harm(tomFamily, ids.tom, ids.mia, ['SEXUAL'], daysAgo(5), 'SUSPECTED_NOT_DISCLOSED');
    await incident(tomFamily, daysAgo(200), 'POLICE_DA_NOTIFICATION', [
      [ids.tom, 'PERSON_CAUSING_HARM'],
      [ids.mia, 'ADULT_VICTIM'],
    ]);
    await incident(tomFamily, daysAgo(400), 'POLICE_DA_NOTIFICATION', [
      [ids.tom, 'PERSON_CAUSING_HARM'],
      [ids.mia, 'ADULT_VICTIM'],
    ]);

    const leeFamily = await FamilyStory.begin(t, social, 'Lee family');
    ids.lee = await leeFamily.member('Lee', 'ADULT', '2010-01-01');
    await incident(leeFamily, daysAgo(300), 'OTHER_REPORTED_INCIDENT', [[ids.lee, 'PERSON_CAUSING_HARM']]);
  });
  afterAll(() => t.close());

  const worklist = async (by: SignedInUser, variables: Record<string, unknown> = {}) => {
    const result = await t.gql(WORKLIST, variables, { token: by.token });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data.matacWorklist;
  };

  it("a manager sees their agency's people causing harm ranked, with the hand-worked scores and victims counted", async () => {
    const list = await worklist(manager);
    expect(list).toMatchObject({ windowMonths: 12, recencyWeight: 1, frequencyWeight: 1, gravityWeight: 1 });
    expect(list.method).toMatch(/Score = 1 × recency \+ 1 × frequency \+ 1 × gravity/);
    const rows = list.entries.map((e: any) => [e.rank, e.personId, e.score, e.recency, e.frequency, e.gravity, e.victims, e.latestOn]);
    expect(rows).toEqual([
      [1, ids.dan, 23, 12, 3, 8, 1, daysAgo(10)],
      [2, ids.tom, 22, 11, 3, 8, 2, daysAgo(40)],
      [3, ids.lee, 5, 3, 1, 1, 0, daysAgo(300)],
    ]);
    expect(list.entries[0].familyId).toBe(danFamily.familyId);
  });

  it('explains each score in words, naming only the person causing harm', async () => {
    const [dan, tom] = (await worklist(manager)).entries;
    expect(dan.explanation).toBe(
      `Dan Story: 3 incidents or harms recorded in the last 12 months (frequency 3), the latest on ${daysAgo(10)} (recency 12), ` +
        'gravity 8 (non fatal strangulation, a police domestic abuse notification, another reported incident); 1 victim. Score 23.',
    );
    expect(tom.explanation).toMatch(/; 2 victims\. Score 22\.$/);
    expect(JSON.stringify([dan, tom])).not.toMatch(/Grace|Mia|Jo\b/);
  });

  it('weights and window change the ranking: gravity alone over three months puts Tom first', async () => {
    const list = await worklist(manager, { weights: { recency: 0, frequency: 0, gravity: 1 }, windowMonths: 3 });
    // Tom: coercive control (3) and stalking (3) = 6; Dan: a notification (2) and an incident (1) = 3; Lee is outside the window.
    expect(list.entries.map((e: any) => [e.personId, e.score, e.recency, e.frequency, e.gravity, e.victims])).toEqual([
      [ids.tom, 6, 2, 2, 6, 2],
      [ids.dan, 3, 3, 2, 3, 1],
    ]);
    expect(list.entries[0].explanation).toMatch(/\(frequency 2 × 0\), the latest on .* \(recency 2 × 0\), gravity 6 \(/);
    const weighted = await worklist(manager, { weights: { recency: 2, frequency: 0.5, gravity: 0 } });
    expect(weighted.entries.map((e: any) => e.score)).toEqual([25.5, 23.5, 6.5]);
  });

  it('is for coordinators and managers only', async () => {
    expect((await worklist(coordinator)).entries.length).toBeGreaterThanOrEqual(3);
    for (const roles of [[Role.PERPETRATOR_WORKER], [Role.CASE_PRACTITIONER], [Role.AGENCY_REPRESENTATIVE], [Role.ANALYST], [Role.DVA_SPECIALIST]]) {
      const user = await aUser(t, roles);
      const result = await t.gql(WORKLIST, {}, { token: user.token });
      expect(result.errors![0].extensions.code).toBe('FORBIDDEN');
    }
  });

  it('negative or all-zero weights, or a window out of range, are coded errors', async () => {
    const negative = await t.gql(WORKLIST, { weights: { recency: -1, frequency: 1, gravity: 1 } }, { token: manager.token });
    expect(negative.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'weights.recency', problems: ['must be zero or more'] }],
    });
    const zero = await t.gql(WORKLIST, { weights: { recency: 0, frequency: 0, gravity: 0 } }, { token: manager.token });
    expect(zero.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'weights' }] });
    expect(zero.errors![0].message).toMatch(/cannot all be zero/);
    const window = await t.gql(WORKLIST, { windowMonths: 0 }, { token: manager.token });
    expect(window.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });

  describe('listing on a MATAC agenda in one step', () => {
    let matacId: string;
    let maracId: string;
    const items = async () => Number((await t.dataSource.query(`SELECT count(*) FROM agenda_item WHERE meeting_id = ANY($1)`, [[matacId, maracId]]))[0].count);

    beforeAll(async () => {
      const chair = await aUser(t, [Role.MEETING_CHAIR], police);
      const schedule = async (type: string) => {
        const result = await t.gql(
          SCHEDULE,
          { input: { type, title: `Northside ${type}`, startsAt: `${daysAgo(-14)}T10:00:00Z`, chairUserId: chair.id, invitedAgencyIds: [police.id] } },
          { token: coordinator.token },
        );
        if (result.errors) throw new Error(JSON.stringify(result.errors));
        return result.data.scheduleMeeting.id;
      };
      matacId = await schedule('MATAC');
      maracId = await schedule('MARAC');
    });

    it('the coordinator lists Dan: his family, him in scope as the person causing harm, his score as the reason', async () => {
      const listed = await t.gql(LIST_ON_MATAC, { input: { meetingId: matacId, personId: ids.dan } }, { token: coordinator.token });
      expect(listed.errors).toBeUndefined();
      expect(listed.data.listOnMatac).toMatchObject({
        familyId: danFamily.familyId,
        reasonForListing: 'From the MATAC worklist: score 23 (recency 12, frequency 3, gravity 8); 1 victim.',
        people: [{ person: { id: ids.dan }, scopeRole: 'PERSON_CAUSING_HARM' }],
      });
    });

    it('bad input: twice, on a MARAC, someone not on the worklist, or by a manager; nothing written', async () => {
      const before = await items();
      const twice = await t.gql(LIST_ON_MATAC, { input: { meetingId: matacId, personId: ids.dan } }, { token: coordinator.token });
      expect(twice.errors![0].extensions.code).toBe('CONFLICT');
      const marac = await t.gql(LIST_ON_MATAC, { input: { meetingId: maracId, personId: ids.tom } }, { token: coordinator.token });
      expect(marac.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'meetingId' }] });
      const child = await t.gql(LIST_ON_MATAC, { input: { meetingId: matacId, personId: ids.amara } }, { token: coordinator.token });
      expect(child.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'personId' }] });
      const byManager = await t.gql(LIST_ON_MATAC, { input: { meetingId: matacId, personId: ids.tom } }, { token: manager.token });
      expect(byManager.errors![0].extensions.code).toBe('FORBIDDEN');
      expect(await items()).toBe(before);
    });
  });
});
