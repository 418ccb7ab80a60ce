import { AgencyKind, Role } from '../libs/access/src';
import { anAgency, aPerson, aUser, SignedInUser } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const START = `mutation ($input: StartCoworkInput!) {
  startCowork(input: $input) { id familyId active startedOn reason specialist { id displayName } startedBy { id } }
}`;
const END = `mutation ($input: EndCoworkInput!) { endCowork(input: $input) { id active endedOn endedByUserId } }`;
const ENTRY_FIELDS = `id familyId occurredOn kind durationMinutes note specialist { id displayName }
  practitioners { id displayName } agencies { id name } peopleSeen { id givenName confidentialAddress }
  followUps { id description dueOn doneOn }`;
const LOG = `mutation ($input: LogCoworkEntryInput!) { logCoworkEntry(input: $input) { ${ENTRY_FIELDS} } }`;
const LIST = `query ($filter: CoworkEntryFilter, $first: Int, $after: String) {
  coworkEntries(filter: $filter, first: $first, after: $after) { nodes { id occurredOn kind note specialistUserId familyId } pageInfo { hasNextPage endCursor } }
}`;
const FAMILY = `query ($id: ID!) { family(id: $id) {
  id members { person { id givenName confidentialAddress safeContactDetails } }
  coworkArrangements { id active reason specialistUserId startedOn endedOn }
  coworkEntries { id kind note peopleSeen { givenName } followUps { description dueOn } }
} }`;
const TIMELINE = `query ($id: ID!, $kinds: [TimelineKind!]) { family(id: $id) { timeline(kinds: $kinds, first: 50) { nodes { kind date summary actorUserId } } } }`;
const BREAK_GLASS = `mutation ($input: RequestBreakGlassAccessInput!) { requestBreakGlassAccess(input: $input) { id } }`;
const NOTE = 'Grace spoke about the new phone Dean bought her; reviewed the code word with the school.';

describe("A DVA specialist's co-work with the case holder", () => {
  let t: TestApp;
  let social: SignedInUser; // the allocated social worker: the case holder
  let cscManager: SignedInUser; // manager of the family's lead agency
  let specialist: SignedInUser;
  let otherSpecialist: SignedInUser; // same DVA service, does not co-work this family
  let dvaManager: SignedInUser; // audits the DVA service's joint work
  let healthVisitor: SignedInUser;
  let perpetratorWorker: SignedInUser;
  let healthAgencyId: string;
  let familyId: string;
  let graceId: string; // the adult victim, in a refuge
  let deanId: string; // the person causing harm, left the household
  let amaraId: string;
  let arrangementId: string;
  let jointVisitId: string;
  let names: Record<string, string>;

  const gql = (user: SignedInUser, query: string, variables: Record<string, unknown> = {}) => t.gql(query, variables, { token: user.token });
  const count = async (sql: string, params: unknown[] = []) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n as number;
  const log = (input: Record<string, unknown>, user = specialist) =>
    gql(user, LOG, { input: { familyId, occurredOn: '2026-02-03', kind: 'JOINT_VISIT', durationMinutes: 90, ...input } });

  beforeAll(async () => {
    t = await startTestApp();
    const csc = await anAgency(t, AgencyKind.CHILDRENS_SOCIAL_CARE);
    const dva = await anAgency(t, AgencyKind.SPECIALIST_DVA_SERVICE, `Northside Women's Aid ${Date.now()}`);
    const health = await anAgency(t, AgencyKind.HEALTH_VISITING, `Northside Health Visiting ${Date.now()}`);
    const provider = await anAgency(t, AgencyKind.PERPETRATOR_PROGRAMME_PROVIDER);
    healthAgencyId = health.id;
    social = await aUser(t, [Role.CASE_PRACTITIONER], csc);
    cscManager = await aUser(t, [Role.MANAGER], csc);
    specialist = await aUser(t, [Role.DVA_SPECIALIST], dva);
    otherSpecialist = await aUser(t, [Role.DVA_SPECIALIST], dva);
    dvaManager = await aUser(t, [Role.MANAGER], dva);
    healthVisitor = await aUser(t, [Role.AGENCY_REPRESENTATIVE], health);
    perpetratorWorker = await aUser(t, [Role.PERPETRATOR_WORKER], provider);
    const users: Array<{ id: string; display_name: string }> = await t.dataSource.query(`SELECT id, display_name FROM app_user`);
    names = Object.fromEntries(users.map((u) => [u.id, u.display_name]));

    familyId = (await gql(social, `mutation { createFamily(input: { name: "Okafor-Brown family" }) { id } }`)).data.createFamily.id;
    graceId = await aPerson(t, social, {
      givenName: 'Grace',
      familyName: 'Okafor',
      gender: 'FEMALE',
      ethnicityGroup: 'BLACK',
      dateOfBirth: '1992-04-03',
      confidentialAddress: 'Refuge, address withheld',
      safeContactDetails: 'Text only, after 6pm',
    });
    deanId = await aPerson(t, social, { givenName: 'Dean', familyName: 'Brown', gender: 'MALE', ethnicityGroup: 'WHITE', dateOfBirth: '1989-11-20' });
    amaraId = await aPerson(t, social, {
      givenName: 'Amara',
      familyName: 'Okafor-Brown',
      gender: 'FEMALE',
      ethnicityGroup: 'MIXED',
      dateOfBirth: '2021-06-15',
    });
    const ADD = `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`;
    for (const [personId, kind, joinedOn] of [
      [graceId, 'ADULT', '2020-01-01'],
      [deanId, 'ADULT', '2020-01-01'],
      [amaraId, 'CHILD', '2021-06-15'],
    ]) {
      expect((await gql(social, ADD, { input: { familyId, personId, kind, joinedOn } })).errors).toBeUndefined();
    }
    const [dean] = await t.dataSource.query(`SELECT id FROM family_membership WHERE family_id = $1 AND person_id = $2`, [familyId, deanId]);
    await gql(social, `mutation ($input: RecordMemberLeftInput!) { recordMemberLeft(input: $input) { leftOn } }`, {
      input: { membershipId: dean.id, leftOn: '2025-12-01' },
    });
  });
  afterAll(() => t.close());

  it('a specialist with no co-work cannot open the family or its people, nor get in by logging work against it', async () => {
    const family = await gql(specialist, FAMILY, { id: familyId });
    expect(family.errors![0].extensions.code).toBe('FORBIDDEN');
    const grace = await gql(specialist, `query ($id: ID!) { person(id: $id) { givenName } }`, { id: graceId });
    expect(grace.errors![0].extensions.code).toBe('FORBIDDEN');
    const list = await gql(specialist, `{ families(first: 100) { nodes { id } } }`);
    expect(list.data.families.nodes.map((f: { id: string }) => f.id)).not.toContain(familyId);

    const logged = await log({ personSeenIds: [graceId], note: NOTE });
    expect(logged.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(logged.errors![0].message).toMatch(/^You do not co-work this family/);
    const unknown = await log({ familyId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'familyId: no family has that id.' });
    expect(await count(`cowork_entry WHERE family_id = $1`, [familyId])).toBe(0);
  });

  it('co-work is never self-granted: neither the specialist, nor a manager of another agency, nor an unallocated practitioner can start it', async () => {
    const input = { familyId, specialistUserId: specialist.id, startedOn: '2026-01-12', reason: 'Safety planning with Grace' };
    const bySpecialist = await gql(specialist, START, { input });
    expect(bySpecialist.errors![0].extensions.code).toBe('FORBIDDEN');
    const byOtherManager = await gql(dvaManager, START, { input });
    expect(byOtherManager.errors![0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: "Co-work is started by the family's case holder or a manager of its lead agency.",
    });
    const byUnallocated = await gql(await aUser(t, [Role.CASE_PRACTITIONER], { id: social.agencyId }), START, { input });
    expect(byUnallocated.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(await count(`cowork_arrangement WHERE family_id = $1`, [familyId])).toBe(0);
  });

  it("the case holder starts co-work; the specialist then reads the family, everyone in it and the victim's refuge address", async () => {
    const started = await gql(social, START, {
      input: { familyId, specialistUserId: specialist.id, startedOn: '2026-01-12', reason: ' Grace in refuge; safety planning and work with Dean ' },
    });
    expect(started.errors).toBeUndefined();
    expect(started.data.startCowork).toMatchObject({
      familyId,
      active: true,
      startedOn: '2026-01-12',
      reason: 'Grace in refuge; safety planning and work with Dean',
      specialist: { id: specialist.id, displayName: names[specialist.id] },
      startedBy: { id: social.id },
    });
    arrangementId = started.data.startCowork.id;
    const [audited] = await t.dataSource.query(`SELECT detail FROM audit_event WHERE action = 'cowork.start' AND subject_id = $1`, [familyId]);
    expect(audited.detail).toEqual({ arrangementId, specialistUserId: specialist.id });

    const family = await gql(specialist, FAMILY, { id: familyId });
    expect(family.errors).toBeUndefined();
    const grace = family.data.family.members.find((m: { person: { id: string } }) => m.person.id === graceId).person;
    expect(grace).toMatchObject({ confidentialAddress: 'Refuge, address withheld', safeContactDetails: 'Text only, after 6pm' });
    expect(family.data.family.members).toHaveLength(3);
    expect(family.data.family.coworkArrangements).toEqual([
      {
        id: arrangementId,
        active: true,
        reason: 'Grace in refuge; safety planning and work with Dean',
        specialistUserId: specialist.id,
        startedOn: '2026-01-12',
        endedOn: null,
      },
    ]);
    const list = await gql(specialist, `{ families(first: 100) { nodes { id } } }`);
    expect(list.data.families.nodes.map((f: { id: string }) => f.id)).toContain(familyId);
    // Co-working is working on the family: the specialist may add to its record.
    const context = await gql(specialist, `mutation ($input: RecordSocioEconomicContextInput!) { recordSocioEconomicContext(input: $input) { id } }`, {
      input: { familyId, recordedOn: '2026-01-12', housing: 'TEMPORARY', employment: 'NOT_IN_LABOUR_MARKET' },
    });
    expect(context.errors).toBeUndefined();
  });

  it('the specialist logs a joint visit with the health visitor, seeing Grace and Dean, the person causing harm; it is on the timeline without its note', async () => {
    const logged = await log({
      practitionerUserIds: [healthVisitor.id],
      agencyIds: [healthAgencyId],
      personSeenIds: [graceId, deanId],
      note: NOTE,
      followUps: [{ description: 'Refer Dean to the Caring Dads programme', dueOn: '2026-02-17' }, { description: 'Check the school has the code word' }],
    });
    expect(logged.errors).toBeUndefined();
    const entry = logged.data.logCoworkEntry;
    jointVisitId = entry.id;
    expect(entry).toMatchObject({
      familyId,
      occurredOn: '2026-02-03',
      kind: 'JOINT_VISIT',
      durationMinutes: 90,
      note: NOTE,
      specialist: { id: specialist.id, displayName: names[specialist.id] },
      practitioners: [{ id: healthVisitor.id, displayName: names[healthVisitor.id] }],
      agencies: [{ id: healthAgencyId }],
      peopleSeen: [
        { id: graceId, givenName: 'Grace', confidentialAddress: 'Refuge, address withheld' },
        { id: deanId, givenName: 'Dean', confidentialAddress: null },
      ],
    });
    expect(entry.followUps.map((f: { description: string; dueOn: string | null }) => [f.description, f.dueOn])).toEqual([
      ['Refer Dean to the Caring Dads programme', '2026-02-17'],
      ['Check the school has the code word', null],
    ]);
    const [audited] = await t.dataSource.query(`SELECT detail FROM audit_event WHERE action = 'cowork.log_entry' AND subject_id = $1`, [familyId]);
    expect(audited.detail).toEqual({ entryId: jointVisitId, arrangementId, kind: 'JOINT_VISIT', peopleSeen: 2 });

    const timeline = await gql(social, TIMELINE, { id: familyId, kinds: ['COWORK', 'COWORK_STARTED'] });
    const agencyName = (await t.dataSource.query(`SELECT name FROM agency WHERE id = $1`, [healthAgencyId]))[0].name;
    expect(timeline.data.family.timeline.nodes).toEqual([
      {
        kind: 'COWORK',
        date: '2026-02-03',
        actorUserId: specialist.id,
        summary: `Joint visit by ${names[specialist.id]} with ${names[healthVisitor.id]} and ${agencyName}: saw Grace and Dean (90 min).`,
      },
      { kind: 'COWORK_STARTED', date: '2026-01-12', actorUserId: social.id, summary: `Co-work with DVA specialist ${names[specialist.id]} started.` },
    ]);
  });

  it('lists co-work by family and by specialist, newest first, filtered by period and paged', async () => {
    const planning = await log({
      occurredOn: '2026-01-20',
      kind: 'SAFETY_PLANNING',
      durationMinutes: 60,
      personSeenIds: [graceId],
      note: 'Safety plan reviewed',
    });
    expect(planning.errors).toBeUndefined();
    const consultation = await log({ occurredOn: '2026-02-10', kind: 'CONSULTATION_WITH_CASE_HOLDER', durationMinutes: 30, practitionerUserIds: [social.id] });
    expect(consultation.errors).toBeUndefined();

    const byFamily = await gql(social, LIST, { filter: { familyId } });
    expect(byFamily.data.coworkEntries.nodes.map((n: { kind: string; occurredOn: string }) => `${n.occurredOn} ${n.kind}`)).toEqual([
      '2026-02-10 CONSULTATION_WITH_CASE_HOLDER',
      '2026-02-03 JOINT_VISIT',
      '2026-01-20 SAFETY_PLANNING',
    ]);
    expect(byFamily.data.coworkEntries.nodes[1].note).toBe(NOTE);

    const mine = await gql(specialist, LIST, { filter: { specialistUserId: specialist.id, from: '2026-01-21', to: '2026-02-09' } });
    expect(mine.data.coworkEntries.nodes.map((n: { id: string }) => n.id)).toEqual([jointVisitId]);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await gql(specialist, LIST, { filter: { familyId }, first: 2, after });
      seen.push(...page.data.coworkEntries.nodes.map((n: { occurredOn: string }) => n.occurredOn));
      after = page.data.coworkEntries.pageInfo.hasNextPage ? page.data.coworkEntries.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['2026-02-10', '2026-02-03', '2026-01-20']);

    const onFamily = await gql(social, FAMILY, { id: familyId });
    expect(onFamily.data.family.coworkEntries.map((e: { kind: string }) => e.kind)).toEqual([
      'SAFETY_PLANNING',
      'JOINT_VISIT',
      'CONSULTATION_WITH_CASE_HOLDER',
    ]);
  });

  it("managers audit joint work: the DVA service's manager sees its specialists' entries, the lead agency's manager sees those on its families; neither sees the note", async () => {
    const elsewhere = await aUser(t, [Role.CASE_PRACTITIONER]);
    const otherFamily = (await gql(elsewhere, `mutation { createFamily(input: { name: "Nowak-Hughes family" }) { id } }`)).data.createFamily.id;
    expect(
      (await gql(elsewhere, START, { input: { familyId: otherFamily, specialistUserId: specialist.id, startedOn: '2026-03-01', reason: 'Consultation' } }))
        .errors,
    ).toBeUndefined();
    expect(
      (await log({ familyId: otherFamily, occurredOn: '2026-03-02', kind: 'CASE_DISCUSSION', durationMinutes: 45, note: 'Other family' })).errors,
    ).toBeUndefined();

    const byDvaManager = await gql(dvaManager, LIST, {});
    expect(byDvaManager.errors).toBeUndefined();
    expect(byDvaManager.data.coworkEntries.nodes.map((n: { familyId: string }) => n.familyId)).toEqual([otherFamily, familyId, familyId, familyId]);
    expect(byDvaManager.data.coworkEntries.nodes.every((n: { note: string | null }) => n.note === null)).toBe(true);

    const byCscManager = await gql(cscManager, LIST, {});
    expect(byCscManager.data.coworkEntries.nodes.map((n: { familyId: string }) => n.familyId)).toEqual([familyId, familyId, familyId]);
    expect(byCscManager.data.coworkEntries.nodes[0].note).toBeNull();
    const family = await gql(cscManager, FAMILY, { id: familyId });
    expect(family.data.family.coworkArrangements[0].reason).toBeNull();
    expect(family.data.family.coworkEntries).toHaveLength(3);

    // The case holder sees the co-work on their family, not the specialist's other families.
    const bySocial = await gql(social, LIST, {});
    expect(bySocial.data.coworkEntries.nodes.map((n: { familyId: string }) => n.familyId)).toEqual([familyId, familyId, familyId]);
  });

  it('an unrelated specialist sees none of it; a perpetrator worker with break-glass sees the co-work but never the note, the reason or the follow-ups', async () => {
    const unrelated = await gql(otherSpecialist, LIST, { filter: { familyId } });
    expect(unrelated.data.coworkEntries.nodes).toEqual([]);
    expect((await gql(otherSpecialist, FAMILY, { id: familyId })).errors![0].extensions.code).toBe('FORBIDDEN');
    const entry = await gql(otherSpecialist, `query { coworkEntries(first: 100) { nodes { id } } }`);
    expect(entry.data.coworkEntries.nodes.map((n: { id: string }) => n.id)).not.toContain(jointVisitId);

    const grant = await gql(perpetratorWorker, BREAK_GLASS, {
      input: { subjectType: 'FAMILY', subjectId: familyId, reason: "Dean disclosed a breach at today's group session" },
    });
    expect(grant.errors).toBeUndefined();
    const family = await gql(perpetratorWorker, FAMILY, { id: familyId });
    expect(family.errors).toBeUndefined();
    expect(family.data.family.coworkArrangements.map((a: { reason: string | null }) => a.reason)).toEqual([null]);
    const visit = family.data.family.coworkEntries.find((e: { id: string }) => e.id === jointVisitId);
    expect(visit).toMatchObject({ kind: 'JOINT_VISIT', note: null, peopleSeen: [{ givenName: 'Grace' }, { givenName: 'Dean' }] });
    expect(visit.followUps).toEqual([
      { description: null, dueOn: '2026-02-17' },
      { description: null, dueOn: null },
    ]);
    const listed = await gql(perpetratorWorker, LIST, { filter: { familyId } });
    expect(listed.data.coworkEntries.nodes).toHaveLength(3);
    expect(listed.data.coworkEntries.nodes.map((n: { note: string | null }) => n.note)).toEqual([null, null, null]);
    const viaEntry = await gql(
      perpetratorWorker,
      `query ($filter: CoworkEntryFilter) { coworkEntries(filter: $filter) { nodes { peopleSeen { confidentialAddress } } } }`,
      { filter: { familyId } },
    );
    expect(viaEntry.data.coworkEntries.nodes.flatMap((n: { peopleSeen: object[] }) => n.peopleSeen)).toEqual([
      { confidentialAddress: null },
      { confidentialAddress: null },
      { confidentialAddress: null },
    ]);
    const timeline = await gql(perpetratorWorker, TIMELINE, { id: familyId, kinds: ['COWORK', 'COWORK_STARTED'] });
    const text = JSON.stringify(timeline.data.family.timeline.nodes);
    expect(text).toMatch(/Joint visit by/);
    expect(text).not.toMatch(/code word|Safety plan reviewed|refuge/i);
  });

  it('the case holder completes a follow-up once; a manager cannot', async () => {
    const [followUp] = await t.dataSource.query(`SELECT id FROM cowork_follow_up WHERE entry_id = $1 ORDER BY position`, [jointVisitId]);
    const COMPLETE = `mutation ($input: CompleteCoworkFollowUpInput!) { completeCoworkFollowUp(input: $input) { id doneOn doneByUserId description } }`;
    const byManager = await gql(cscManager, COMPLETE, { input: { followUpId: followUp.id, doneOn: '2026-02-12' } });
    expect(byManager.errors![0].extensions.code).toBe('FORBIDDEN');
    const tooEarly = await gql(social, COMPLETE, { input: { followUpId: followUp.id, doneOn: '2026-02-02' } });
    expect(tooEarly.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'doneOn: is before the co-work it follows (2026-02-03)' });
    const done = await gql(social, COMPLETE, { input: { followUpId: followUp.id, doneOn: '2026-02-12' } });
    expect(done.data.completeCoworkFollowUp).toEqual({
      id: followUp.id,
      doneOn: '2026-02-12',
      doneByUserId: social.id,
      description: 'Refer Dean to the Caring Dads programme',
    });
    const again = await gql(specialist, COMPLETE, { input: { followUpId: followUp.id, doneOn: '2026-02-13' } });
    expect(again.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: 'This follow-up was already done on 2026-02-12.' });
    const unseen = await gql(otherSpecialist, COMPLETE, { input: { followUpId: followUp.id, doneOn: '2026-02-13' } });
    expect(unseen.errors![0].extensions.code).toBe('NOT_FOUND');
  });

  it('after co-work ends the family closes to the specialist; the entries they wrote stay readable to them', async () => {
    const early = await gql(specialist, END, { input: { arrangementId, endedOn: '2026-02-09' } });
    expect(early.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: 'endedOn: is before the last work logged under this co-work (2026-02-10)',
    });
    const byUnrelated = await gql(otherSpecialist, END, { input: { arrangementId, endedOn: '2026-03-01' } });
    expect(byUnrelated.errors![0].extensions.code).toBe('NOT_FOUND');

    const ended = await gql(social, END, { input: { arrangementId, endedOn: '2026-03-01' } });
    expect(ended.data.endCowork).toEqual({ id: arrangementId, active: false, endedOn: '2026-03-01', endedByUserId: social.id });
    const twice = await gql(specialist, END, { input: { arrangementId, endedOn: '2026-03-01' } });
    expect(twice.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: 'This co-work already ended on 2026-03-01.' });

    expect((await gql(specialist, FAMILY, { id: familyId })).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await gql(specialist, `query ($id: ID!) { person(id: $id) { givenName } }`, { id: graceId })).errors![0].extensions.code).toBe('FORBIDDEN');
    const logged = await log({ occurredOn: '2026-03-05' });
    expect(logged.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(logged.errors![0].message).toMatch(/^Your co-work with this family ended on 2026-03-01/);

    const mine = await gql(specialist, `query ($filter: CoworkEntryFilter) { coworkEntries(filter: $filter) { nodes { id note peopleSeen { givenName } } } }`, {
      filter: { familyId },
    });
    expect(mine.data.coworkEntries.nodes).toHaveLength(3);
    const visit = mine.data.coworkEntries.nodes.find((n: { id: string }) => n.id === jointVisitId);
    // Their own note, still; the family's people are closed to them again.
    expect(visit).toEqual({ id: jointVisitId, note: NOTE, peopleSeen: [null, null] });

    const timeline = await gql(social, TIMELINE, { id: familyId, kinds: ['COWORK_ENDED'] });
    expect(timeline.data.family.timeline.nodes).toEqual([
      { kind: 'COWORK_ENDED', date: '2026-03-01', actorUserId: social.id, summary: `Co-work with DVA specialist ${names[specialist.id]} ended.` },
    ]);
  });

  it('a manager of the lead agency starts it again, not before the previous co-work ended; the specialist may end their own', async () => {
    const overlapping = await gql(cscManager, START, { input: { familyId, specialistUserId: specialist.id, startedOn: '2026-02-28', reason: 'New incident' } });
    expect(overlapping.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(overlapping.errors![0].message).toBe(`startedOn: is before ${names[specialist.id]}'s previous co-work with this family ended (2026-03-01)`);
    const again = await gql(cscManager, START, {
      input: { familyId, specialistUserId: specialist.id, startedOn: '2026-04-01', reason: 'New incident reported by police' },
    });
    expect(again.errors).toBeUndefined();
    expect(again.data.startCowork.reason).toBeNull(); // a manager is not working for the victim
    expect((await gql(specialist, FAMILY, { id: familyId })).errors).toBeUndefined();
    const ownEnd = await gql(specialist, END, { input: { arrangementId: again.data.startCowork.id, endedOn: '2026-04-02' } });
    expect(ownEnd.data.endCowork).toMatchObject({ active: false, endedByUserId: specialist.id });
  });
});
