import { Role } from '../libs/access/src';
import { JobScheduler } from '../libs/queue/src';
import { RequestContext, TransactionalConnection } from '../libs/platform/src';
import { ServiceEntity } from '../libs/referrals/src';
import { aPerson, aUser, SignedInUser } from './support/factories';
import { ADD_ITEM, AGREE, aMaracReferral, aMaracWithItem, DECIDE, MARAC_DAY, maracWorld, MaracWorld, SCHEDULE } from './support/marac';
import { eventually, startTestApp, TestApp } from './support/test-app';

/**
 * The safeguards around meetings: victim-side words never reach anyone working with the person
 * causing harm (fields, timeline, chase notifications), listing a family needs a basis, what a
 * meeting decided stands, and a MARAC that did not happen frees its cases for the next one.
 */
describe('Safeguards around meetings', () => {
  let t: TestApp;
  let w: MaracWorld;
  let meetingId: string;
  let itemId: string;

  const as =
    (user: SignedInUser) =>
    (query: string, variables: Record<string, unknown> = {}) =>
      t.gql(query, variables, { token: user.token });
  const schedule = async (type: string, startsAt: string, chair = w.chair) => {
    const made = await as(w.coordinator)(SCHEDULE, {
      input: { type, title: type, startsAt, chairUserId: chair.id, invitedAgencyIds: [w.agencies.csc.id, w.agencies.programme.id] },
    });
    if (made.errors) throw new Error(JSON.stringify(made.errors));
    return made.data.scheduleMeeting.id as string;
  };
  const count = async (sql: string, params: unknown[]) => (await t.dataSource.query(sql, params))[0].n as number;

  beforeAll(async () => {
    t = await startTestApp({ SCHEDULER_ENABLED: 'false' });
    w = await maracWorld(t);
    ({ meetingId, itemId } = await aMaracWithItem(t, w));
  });
  afterAll(() => t.close());

  it("a perpetrator worker receives his agency's perpetrator-programme referrals, never a victim's referral to its partner-support service (before any break-glass)", async () => {
    const db = t.app.get(TransactionalConnection);
    const partnerSupport = await db.withTransaction(RequestContext.system('fixture'), (ctx) =>
      db
        .repository(ctx, ServiceEntity)
        .save({ agencyId: w.agencies.programme.id, name: `Partner support ${itemId.slice(0, 6)}`, type: 'CHILDREN_DVA_SUPPORT' as ServiceEntity['type'] }),
    );
    const made = await as(w.social)(`mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, {
      input: {
        familyId: w.familyId,
        subjectPersonId: w.graceId,
        serviceId: partnerSupport.id,
        reason: 'Support while Dan attends',
        consent: 'GIVEN',
        occurredOn: MARAC_DAY,
        submit: true,
      },
    });
    expect(made.errors).toBeUndefined();
    const incoming = await as(w.perpetratorWorker)(`{ referrals(direction: INCOMING) { nodes { id } } }`);
    expect(incoming.data.referrals.nodes.map((n: { id: string }) => n.id)).not.toContain(made.data.createReferral.id);
    const byId = await as(w.perpetratorWorker)(`query ($id: ID!) { referral(id: $id) { id } }`, { id: made.data.createReferral.id });
    expect(byId.errors![0].extensions.code).toBe('NOT_FOUND');
  });

  it("on the agenda he sees the victim's name, never her other names, immigration status or disability; he sees those of the man referred to his programme", async () => {
    // Recorded by her social worker (set directly: the fixture has no such details).
    await t.dataSource.query(
      `UPDATE person SET aliases = '{Grace Adeyemi}', immigration_status = 'Spouse visa', no_recourse_to_public_funds = true, disability = 'PTSD' WHERE id = $1`,
      [w.graceId],
    );
    await t.dataSource.query(`UPDATE person SET aliases = '{Danny B}' WHERE id = $1`, [w.danId]);
    const db = t.app.get(TransactionalConnection);
    const programme = await db.withTransaction(RequestContext.system('fixture'), (ctx) =>
      db
        .repository(ctx, ServiceEntity)
        .save({ agencyId: w.agencies.programme.id, name: `Caring Dads ${itemId.slice(0, 6)}`, type: 'PERPETRATOR_PROGRAMME' as ServiceEntity['type'] }),
    );
    const referred = await as(w.social)(`mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, {
      input: {
        familyId: w.familyId,
        subjectPersonId: w.danId,
        serviceId: programme.id,
        reason: 'Agreed at MARAC',
        consent: 'REFUSED',
        lawfulBasis: 'SAFEGUARDING_CHILD',
        occurredOn: MARAC_DAY,
        submit: true,
      },
    });
    expect(referred.errors).toBeUndefined();
    const person = `query ($id: ID!) { person(id: $id) { givenName aliases immigrationStatus noRecourseToPublicFunds disability } }`;
    expect((await as(w.perpetratorWorker)(person, { id: w.graceId })).data.person).toEqual({
      givenName: 'Grace',
      aliases: null,
      immigrationStatus: null,
      noRecourseToPublicFunds: null,
      disability: null,
    });
    expect((await as(w.perpetratorWorker)(person, { id: w.danId })).data.person).toMatchObject({ givenName: 'Dan', aliases: ['Danny B'] });
    expect((await as(w.coordinator)(person, { id: w.graceId })).data.person).toEqual({
      givenName: 'Grace',
      aliases: ['Grace Adeyemi'],
      immigrationStatus: 'Spouse visa',
      noRecourseToPublicFunds: true,
      disability: 'PTSD',
    });
  });

  it('a perpetrator worker never reads what is to be done for the victim: not on the action, the timeline, nor in the chase', async () => {
    const chair = as(w.chair);
    await chair(`mutation ($input: RecordRiskSummaryInput!) { recordRiskSummary(input: $input) { id } }`, {
      input: { agendaItemId: itemId, riskSummary: 'Grace is in a refuge in Leeds' },
    });
    const agreed = await chair(AGREE, {
      input: {
        agendaItemId: itemId,
        description: 'Check in with Grace at the Leeds refuge',
        owningAgencyId: w.agencies.programme.id,
        ownerUserId: w.perpetratorWorker.id,
        subjectPersonId: w.graceId,
        dueOn: MARAC_DAY,
      },
    });
    expect(agreed.errors).toBeUndefined();
    const aboutDan = await chair(AGREE, {
      input: {
        agendaItemId: itemId,
        description: 'Offer Dan a place on the programme',
        owningAgencyId: w.agencies.programme.id,
        ownerUserId: w.perpetratorWorker.id,
        subjectPersonId: w.danId,
        dueOn: MARAC_DAY,
      },
    });
    const actions = `{ myActions { nodes { id description subject { givenName } } } }`;
    const mine = (await as(w.perpetratorWorker)(actions)).data.myActions.nodes;
    expect(mine).toEqual(
      expect.arrayContaining([
        { id: agreed.data.agreeAction.id, description: null, subject: { givenName: 'Grace' } },
        { id: aboutDan.data.agreeAction.id, description: 'Offer Dan a place on the programme', subject: { givenName: 'Dan' } },
      ]),
    );

    // The morning after it was due, the chase reaches the owner without the words about Grace.
    await t.app.get(JobScheduler).tick(new Date('2031-03-01T07:30:00Z'));
    await t.relayJobs();
    const chases = await eventually('both chases', async () => {
      const nodes = (await as(w.perpetratorWorker)(`{ myNotifications { nodes { kind subjectId body } } }`)).data.myNotifications.nodes;
      const overdue = nodes.filter((n: { kind: string }) => n.kind === 'ACTION_OVERDUE');
      return overdue.length >= 2 ? overdue : null;
    });
    const aboutGrace = chases.find((n: { subjectId: string }) => n.subjectId === agreed.data.agreeAction.id);
    expect(aboutGrace.body).toMatch(/^An action, agreed at the MARAC/);
    expect(aboutGrace.body).not.toMatch(/Leeds|refuge/);
    expect(chases.find((n: { subjectId: string }) => n.subjectId === aboutDan.data.agreeAction.id).body).toMatch(/^"Offer Dan a place on the programme"/);

    // With break-glass on the family, the timeline gives him the events but none of the words.
    await as(w.perpetratorWorker)(`mutation ($input: RequestBreakGlassAccessInput!) { requestBreakGlassAccess(input: $input) { id } }`, {
      input: { subjectType: 'FAMILY', subjectId: w.familyId, reason: 'Dan disclosed a new address at his session today' },
    });
    const timeline = `query ($id: ID!) { family(id: $id) { timeline(first: 50, kinds: [DISCUSSED_AT_MEETING, ACTION_AGREED]) { nodes { kind summary } } } }`;
    const seenByWorker = (await as(w.perpetratorWorker)(timeline, { id: w.familyId })).data.family.timeline.nodes;
    expect(seenByWorker.map((n: { kind: string }) => n.kind).sort()).toEqual(['ACTION_AGREED', 'ACTION_AGREED', 'DISCUSSED_AT_MEETING']);
    expect(JSON.stringify(seenByWorker)).not.toMatch(/Leeds|refuge|Offer Dan|Repeat referral/);
    const seenBySocial = (await as(w.social)(timeline, { id: w.familyId })).data.family.timeline.nodes;
    expect(JSON.stringify(seenBySocial)).toMatch(/Check in with Grace at the Leeds refuge/);
  });

  it('a meeting other than a MARAC lists only a family its organising agency leads or was referred; nothing is written otherwise', async () => {
    const strategy = await schedule('STRATEGY_MEETING', '2025-03-11T09:30:00Z');
    const stranger = await aUser(t, [Role.CASE_PRACTITIONER]);
    const familyId = (await as(stranger)(`mutation { createFamily(input: { name: "Unrelated family" }) { id } }`)).data.createFamily.id;
    const personId = await aPerson(t, stranger, {
      givenName: 'Una',
      familyName: 'Related',
      gender: 'FEMALE',
      ethnicityGroup: 'WHITE',
      dateOfBirth: '1985-05-05',
    });
    await as(stranger)(`mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`, {
      input: { familyId, personId, kind: 'ADULT', joinedOn: '2020-01-01' },
    });
    const listed = await as(w.coordinator)(ADD_ITEM, {
      input: { meetingId: strategy, familyId, reasonForListing: 'Curious', people: [{ personId, scopeRole: 'ADULT_VICTIM' }] },
    });
    expect(listed.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/^familyId: the organising agency has no involvement with this family/),
    });
    expect(await count(`SELECT count(*)::int AS n FROM agenda_item WHERE family_id = $1`, [familyId])).toBe(0);
    expect((await as(w.coordinator)(`query ($id: ID!) { family(id: $id) { name } }`, { id: familyId })).errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it("the chair of another meeting about the family reads the family, not the MARAC's items", async () => {
    const otherChair = await aUser(t, [Role.MEETING_CHAIR], w.agencies.csc);
    const review = await schedule('CIN_REVIEW', '2025-03-12T09:30:00Z', otherChair);
    const listed = await as(w.coordinator)(ADD_ITEM, {
      input: { meetingId: review, familyId: w.familyId, reasonForListing: 'CIN review', people: [{ personId: w.amaraId, scopeRole: 'CHILD' }] },
    });
    expect(listed.errors).toBeUndefined();
    const items = await as(otherChair)(`query ($id: ID!) { family(id: $id) { meetingItems { meeting { type } } } }`, { id: w.familyId });
    expect(items.data.family.meetingItems).toEqual([{ meeting: { type: 'CIN_REVIEW' } }]);
    const bySocial = await as(w.social)(`query ($id: ID!) { family(id: $id) { meetingItems { meeting { type } } } }`, { id: w.familyId });
    expect(bySocial.data.family.meetingItems.map((i: { meeting: { type: string } }) => i.meeting.type).sort()).toEqual(['CIN_REVIEW', 'MARAC']);
  });

  it('a meeting with recorded outcomes cannot be cancelled; a MARAC that did not happen frees its case for the next', async () => {
    const cancel = (id: string) =>
      as(w.coordinator)(`mutation ($input: CancelMeetingInput!) { cancelMeeting(input: $input) { status } }`, {
        input: { meetingId: id, reason: 'Chair unavailable' },
      });
    const withOutcome = await cancel(meetingId);
    expect(withOutcome.errors![0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: expect.stringMatching(/^Outcomes .* are recorded for this meeting, so it cannot be cancelled/),
    });
    expect((await t.dataSource.query(`SELECT status FROM meeting WHERE id = $1`, [meetingId]))[0].status).not.toBe('CANCELLED');

    // Kim's case is listed on a MARAC that is then cancelled: it goes back on the list for the next one.
    const kimFamily = (await as(w.social)(`mutation { createFamily(input: { name: "Kim's family" }) { id } }`)).data.createFamily.id;
    const kim = await aPerson(t, w.social, { givenName: 'Kim', familyName: 'Lee', gender: 'FEMALE', ethnicityGroup: 'ASIAN', dateOfBirth: '1991-02-02' });
    await as(w.social)(`mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`, {
      input: { familyId: kimFamily, personId: kim, kind: 'ADULT', joinedOn: '2019-01-01' },
    });
    const referral = await aMaracReferral(t, w, w.social, kimFamily, kim, '2025-04-01');
    const april = await schedule('MARAC', '2025-04-08T09:30:00Z');
    const may = await schedule('MARAC', '2025-05-06T09:30:00Z');
    const listOn = (id: string) =>
      as(w.coordinator)(ADD_ITEM, {
        input: {
          meetingId: id,
          familyId: kimFamily,
          maracReferralId: referral,
          reasonForListing: 'DASH 15',
          people: [{ personId: kim, scopeRole: 'ADULT_VICTIM' }],
        },
      });
    expect((await listOn(april)).errors).toBeUndefined();
    expect((await listOn(may)).errors![0].message).toBe('That MARAC referral is already listed on an agenda.');
    const familyName = async () => as(w.coordinator)(`query ($id: ID!) { family(id: $id) { name } }`, { id: kimFamily });
    expect((await familyName()).data.family.name).toBe("Kim's family");
    expect((await cancel(april)).data.cancelMeeting.status).toBe('CANCELLED');
    // The cancelled MARAC no longer opens the family to its coordinators; listing it on the next one does.
    expect((await familyName()).errors![0].extensions.code).toBe('FORBIDDEN');
    const candidates = await as(w.coordinator)(`query ($id: ID!) { maracAgendaCandidates(meetingId: $id) { id } }`, { id: may });
    expect(candidates.data.maracAgendaCandidates.map((r: { id: string }) => r.id)).toContain(referral);
    expect((await listOn(may)).errors).toBeUndefined();
    expect((await familyName()).data.family.name).toBe("Kim's family");
  });

  it('text that is only spaces is refused as missing, naming the field, instead of failing inside', async () => {
    const blank = await as(w.chair)(DECIDE, { input: { agendaItemId: itemId, kind: 'OTHER', text: '    ' } });
    expect(blank.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(blank.errors![0].message).toMatch(/text: /);
    const reason = await as(w.coordinator)(ADD_ITEM, {
      input: { meetingId, familyId: w.familyId, reasonForListing: '   ', people: [{ personId: w.graceId, scopeRole: 'ADULT_VICTIM' }] },
    });
    expect(reason.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'reasonForListing' }] } });
  });
});
