import { Role } from '../libs/access/src';
import { aUser, SignedInUser } from './support/factories';
import { aMaracWithItem, maracWorld, MaracWorld } from './support/marac';
import { startTestApp, TestApp } from './support/test-app';

const RECORD = `mutation ($input: RecordAgencyResearchInput!) {
  recordAgencyResearch(input: $input) { id agencyId holdsRecords victimFacts personCausingHarmFacts childrenFacts professionalOpinion notShared notSharedReason researchedOn researcherUserId }
}`;
const ITEM_RESEARCH = `query ($id: ID!) {
  agendaItem(id: $id) { research { agencyId agency { name } holdsRecords hiddenFields victimFacts personCausingHarmFacts childrenFacts professionalOpinion notShared notSharedReason researcher { displayName } } }
}`;
const STATUS = `query ($id: ID!) {
  meetingResearchStatus(meetingId: $id) {
    agencies { agencyId agencyName researched outstanding remindersSent lastRemindedAt informationSent }
    cases { agendaItemId position familyName agencies { agencyId researched researcherName researchedOn } }
  }
}`;
const REMIND = `mutation ($input: SendResearchReminderInput!) { sendResearchReminder(input: $input) { id agencyId outstandingCases recipients } }`;
const ATTENDANCE = `mutation ($input: RecordMeetingAttendanceInput!) { recordMeetingAttendance(input: $input) { agencies { agencyId attended informationSent } } }`;

/**
 * Before a MARAC each invited agency researches each case (the SafeLives research form); the
 * coordinator follows who has and reminds who has not; an agency sending apologies says whether it
 * sent its information. The perpetrator programme sees what is about the man, never her side.
 */
describe('MARAC research by the invited agencies', () => {
  let t: TestApp;
  let w: MaracWorld;
  let meetingId: string;
  let itemId: string;
  let policeRep: SignedInUser;
  let idvaName: string;

  const as = (user: SignedInUser) => (query: string, variables: Record<string, unknown>) => t.gql(query, variables, { token: user.token });
  const rows = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM agency_research WHERE meeting_id = $1`, [meetingId]))[0].n;
  const idvaResearch = {
    holdsRecords: true,
    victimFacts: 'Grace has been supported by the IDVA since 12 February; moved to refuge 20 February.',
    personCausingHarmFacts: 'Dan sent 40 messages on 1 March in breach of his bail conditions.',
    childrenFacts: 'Amara attends nursery at the refuge.',
    professionalOpinion: 'Risk is escalating around the separation.',
    notShared: 'The name of the refuge.',
    notSharedReason: 'Would locate Grace; not needed for the safety plan.',
    researchedOn: '2025-03-01',
  };

  beforeAll(async () => {
    t = await startTestApp();
    w = await maracWorld(t);
    ({ meetingId, itemId } = await aMaracWithItem(t, w));
    policeRep = await aUser(t, [Role.AGENCY_REPRESENTATIVE], w.agencies.police);
    idvaName = (await t.dataSource.query(`SELECT display_name FROM app_user WHERE id = $1`, [w.idva.id]))[0].display_name;
  });
  afterAll(() => t.close());

  it('the IDVA service records its research: facts apart from opinion, and what it held back and why', async () => {
    const made = await as(w.idva)(RECORD, { input: { agendaItemId: itemId, ...idvaResearch } });
    expect(made.errors).toBeUndefined();
    expect(made.data.recordAgencyResearch).toMatchObject({ ...idvaResearch, agencyId: w.agencies.idvaService.id, researcherUserId: w.idva.id });
  });

  it('the perpetrator programme records what it holds on Dan, and sees none of the victim side of anyone’s research', async () => {
    const made = await as(w.perpetratorWorker)(RECORD, {
      input: { agendaItemId: itemId, holdsRecords: true, personCausingHarmFacts: 'Dan attended 3 of 8 Caring Dads sessions.', researchedOn: '2025-03-02' },
    });
    expect(made.errors).toBeUndefined();

    const read = await as(w.perpetratorWorker)(ITEM_RESEARCH, { id: itemId });
    expect(read.errors).toBeUndefined();
    const idva = read.data.agendaItem.research.find((r: { agencyId: string }) => r.agencyId === w.agencies.idvaService.id);
    expect(idva).toMatchObject({
      personCausingHarmFacts: idvaResearch.personCausingHarmFacts,
      victimFacts: null,
      childrenFacts: null,
      professionalOpinion: null,
      notShared: null,
      notSharedReason: null,
    });
    expect(idva.hiddenFields.sort()).toEqual(['childrenFacts', 'notShared', 'notSharedReason', 'professionalOpinion', 'victimFacts']);
    // Nested under the meeting too: the same rule.
    const nested = await as(w.perpetratorWorker)(
      `query ($id: ID!) { meeting(id: $id) { agendaItems { research { agencyId victimFacts notSharedReason } } } }`,
      {
        id: meetingId,
      },
    );
    expect(JSON.stringify(nested.data)).not.toContain('refuge');
    expect(JSON.stringify(read.data)).not.toContain('refuge');
  });

  it('the chair and the coordinator read every part of it', async () => {
    for (const user of [w.chair, w.coordinator]) {
      const read = await as(user)(ITEM_RESEARCH, { id: itemId });
      expect(read.errors).toBeUndefined();
      const idva = read.data.agendaItem.research.find((r: { agencyId: string }) => r.agencyId === w.agencies.idvaService.id);
      expect(idva).toMatchObject({ victimFacts: idvaResearch.victimFacts, notSharedReason: idvaResearch.notSharedReason, hiddenFields: [] });
      expect(idva.researcher.displayName).toBe(idvaName);
    }
  });

  it('recording again replaces the agency’s research; a part left out keeps what was recorded', async () => {
    const again = await as(w.idva)(RECORD, {
      input: { agendaItemId: itemId, holdsRecords: true, personCausingHarmFacts: 'Dan also called the refuge line twice.', researchedOn: '2025-03-03' },
    });
    expect(again.errors).toBeUndefined();
    expect(again.data.recordAgencyResearch).toMatchObject({
      victimFacts: idvaResearch.victimFacts,
      personCausingHarmFacts: 'Dan also called the refuge line twice.',
    });
    expect(await rows()).toBe(2);
  });

  describe('bad input: coded errors, nothing written', () => {
    const cases: Array<[string, () => SignedInUser, Record<string, unknown>, string]> = [
      ['an agency not invited (health)', () => w.healthRep, {}, 'NOT_FOUND'],
      ['a case that does not exist', () => w.idva, { agendaItemId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
      ['a role that does not research (a case practitioner)', () => w.social, {}, 'FORBIDDEN'],
      ['records held but no facts given', () => w.idva, { victimFacts: '  ', personCausingHarmFacts: null, childrenFacts: null }, 'BAD_USER_INPUT'],
      ['no records held, yet facts given', () => w.idva, { holdsRecords: false }, 'BAD_USER_INPUT'],
      ['what was held back without why', () => w.idva, { notSharedReason: null }, 'BAD_USER_INPUT'],
      ['researched after the meeting', () => w.idva, { researchedOn: '2025-03-05' }, 'BAD_USER_INPUT'],
    ];
    it.each(cases)('%s', async (_name, user, change, code) => {
      const before = await t.dataSource.query(`SELECT recorded_at FROM agency_research WHERE meeting_id = $1 ORDER BY id`, [meetingId]);
      const result = await as(user())(RECORD, { input: { agendaItemId: itemId, ...idvaResearch, ...change } });
      expect(result.errors?.[0].extensions.code).toBe(code);
      expect(result.errors?.[0].message).toMatch(/\w/);
      expect(await t.dataSource.query(`SELECT recorded_at FROM agency_research WHERE meeting_id = $1 ORDER BY id`, [meetingId])).toEqual(before);
    });

    it('a MARAC already held takes no more research', async () => {
      const held = await aMaracWithItem(t, w, '2025-01-07T09:30:00Z');
      expect((await as(w.coordinator)(`mutation ($id: ID!) { holdMeeting(id: $id) { status } }`, { id: held.meetingId })).errors).toBeUndefined();
      const result = await as(w.idva)(RECORD, { input: { ...idvaResearch, agendaItemId: held.itemId, researchedOn: '2025-01-06' } });
      expect(result.errors?.[0].extensions.code).toBe('CONFLICT');
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM agency_research WHERE meeting_id = $1`, [held.meetingId]))[0].n).toBe(0);
    });
  });

  it('the coordinator sees, per case and per agency, who has researched and who has not', async () => {
    const status = await as(w.coordinator)(STATUS, { id: meetingId });
    expect(status.errors).toBeUndefined();
    const byAgency = Object.fromEntries(status.data.meetingResearchStatus.agencies.map((a: { agencyId: string }) => [a.agencyId, a]));
    expect(byAgency[w.agencies.idvaService.id]).toMatchObject({ researched: 1, outstanding: 0, remindersSent: 0 });
    expect(byAgency[w.agencies.programme.id]).toMatchObject({ researched: 1, outstanding: 0 });
    expect(byAgency[w.agencies.police.id]).toMatchObject({ researched: 0, outstanding: 1 });
    expect(byAgency[w.agencies.csc.id]).toMatchObject({ researched: 0, outstanding: 1 });
    const [theCase] = status.data.meetingResearchStatus.cases;
    expect(theCase).toMatchObject({ agendaItemId: itemId, position: 1, familyName: 'Okafor-Brown family' });
    expect(theCase.agencies.find((a: { agencyId: string }) => a.agencyId === w.agencies.idvaService.id)).toEqual({
      agencyId: w.agencies.idvaService.id,
      researched: true,
      researcherName: idvaName,
      researchedOn: '2025-03-03',
    });
    expect(theCase.agencies.find((a: { agencyId: string }) => a.agencyId === w.agencies.police.id)).toMatchObject({ researched: false, researcherName: null });
    // The chair follows it too; an attending agency does not.
    expect((await as(w.chair)(STATUS, { id: meetingId })).errors).toBeUndefined();
    expect((await as(w.perpetratorWorker)(STATUS, { id: meetingId })).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('a reminder goes to the representatives of an agency that has not researched, saying nothing about the case', async () => {
    const sent = await as(w.coordinator)(REMIND, { input: { meetingId, agencyId: w.agencies.police.id } });
    expect(sent.errors).toBeUndefined();
    expect(sent.data.sendResearchReminder).toMatchObject({ agencyId: w.agencies.police.id, outstandingCases: 1, recipients: 1 });
    const inbox = await as(policeRep)(`{ myNotifications { nodes { kind title body subjectType subjectId } } }`, {});
    const [reminder] = inbox.data.myNotifications.nodes;
    expect(reminder).toMatchObject({ kind: 'RESEARCH_REMINDER', subjectType: 'Meeting', subjectId: meetingId });
    expect(reminder.body).toContain('1 case on the MARAC of 2025-03-04');
    expect(JSON.stringify(reminder)).not.toMatch(/Okafor|Grace|Dan|Amara/);
    const status = await as(w.coordinator)(STATUS, { id: meetingId });
    const police = status.data.meetingResearchStatus.agencies.find((a: { agencyId: string }) => a.agencyId === w.agencies.police.id);
    expect(police.remindersSent).toBe(1);
    expect(police.lastRemindedAt).not.toBeNull();
  });

  describe('reminders that cannot be sent: coded errors, nothing written', () => {
    const reminders = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM research_reminder WHERE meeting_id = $1`, [meetingId]))[0].n;
    const notifications = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE kind = 'RESEARCH_REMINDER'`))[0].n;
    const cases: Array<[string, () => SignedInUser, () => string, string]> = [
      ['an agency that has researched every case', () => w.coordinator, () => w.agencies.idvaService.id, 'CONFLICT'],
      ['an agency with nobody to remind (CSC has no representative)', () => w.coordinator, () => w.agencies.csc.id, 'CONFLICT'],
      ['an agency that was not invited', () => w.coordinator, () => w.agencies.health.id, 'NOT_FOUND'],
      ['sent by the chair, who does not run the meeting', () => w.chair, () => w.agencies.police.id, 'FORBIDDEN'],
    ];
    it.each(cases)('%s', async (_name, user, agencyId, code) => {
      const [before, sentBefore] = [await reminders(), await notifications()];
      const result = await as(user())(REMIND, { input: { meetingId, agencyId: agencyId() } });
      expect(result.errors?.[0].extensions.code).toBe(code);
      expect([await reminders(), await notifications()]).toEqual([before, sentBefore]);
    });
  });

  it('apologies record whether the absent agency sent its information', async () => {
    const recorded = await as(w.chair)(ATTENDANCE, {
      input: {
        meetingId,
        attendance: [
          { agencyId: w.agencies.police.id, attended: false, informationSent: true },
          { agencyId: w.agencies.csc.id, attended: false, informationSent: false },
          { agencyId: w.agencies.idvaService.id, attended: true, representativeName: 'Priya (IDVA)' },
        ],
      },
    });
    expect(recorded.errors).toBeUndefined();
    const read = await as(w.chair)(`query ($id: ID!) { meeting(id: $id) { agencies { agencyId attended informationSent } } }`, { id: meetingId });
    const agencies = Object.fromEntries(read.data.meeting.agencies.map((a: { agencyId: string }) => [a.agencyId, a]));
    expect(agencies[w.agencies.police.id]).toMatchObject({ attended: false, informationSent: true });
    expect(agencies[w.agencies.csc.id]).toMatchObject({ attended: false, informationSent: false });
    expect(agencies[w.agencies.idvaService.id]).toMatchObject({ attended: true, informationSent: null });
    const status = await as(w.coordinator)(STATUS, { id: meetingId });
    expect(status.data.meetingResearchStatus.agencies.find((a: { agencyId: string }) => a.agencyId === w.agencies.police.id).informationSent).toBe(true);

    const wrong = await as(w.chair)(ATTENDANCE, {
      input: { meetingId, attendance: [{ agencyId: w.agencies.idvaService.id, attended: true, representativeName: 'Priya', informationSent: true }] },
    });
    expect(wrong.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0].message).toContain('attendance.0.informationSent');
  });
});
