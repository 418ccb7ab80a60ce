import { Role } from '../libs/access/src';
import { aUser, SignedInUser } from './support/factories';
import { maracWorld, MaracWorld, SCHEDULE } from './support/marac';
import { startTestApp, TestApp } from './support/test-app';

const CHAIRS = `query { users(role: MEETING_CHAIR, active: true, first: 100) { nodes { id displayName email roles agency { name } } } }`;
const USER = `query ($id: ID!) { user(id: $id) { id displayName } }`;
const PERSON = `query ($id: ID!) { person(id: $id) { id givenName } }`;
const BREAK_GLASS = `mutation ($input: RequestBreakGlassAccessInput!) { requestBreakGlassAccess(input: $input) { id } }`;

/** What a new user runs into first: picking a chair, the meeting's own controls, refusals, input errors. */
describe('First steps in Waymark', () => {
  let t: TestApp;
  let w: MaracWorld;
  let analyst: SignedInUser;

  beforeAll(async () => {
    t = await startTestApp();
    w = await maracWorld(t);
    analyst = await aUser(t, [Role.ANALYST]);
  });
  afterAll(() => t.close());

  it('a MARAC coordinator picks a chair from the partnership and schedules a meeting with them', async () => {
    const chairs = await t.gql(CHAIRS, {}, { token: w.coordinator.token });
    expect(chairs.errors).toBeUndefined();
    const chair = chairs.data.users.nodes.find((u: { id: string }) => u.id === w.chair.id);
    // The chair is in another agency (police); the coordinator sees who they are, never their email.
    expect(chair).toMatchObject({ roles: expect.arrayContaining(['MEETING_CHAIR']), agency: { name: w.agencies.police.name }, email: null });

    const scheduled = await t.gql(
      SCHEDULE,
      { input: { type: 'MARAC', title: 'Eastside MARAC', startsAt: '2031-05-06T09:30:00Z', chairUserId: chair.id, invitedAgencyIds: [w.agencies.police.id] } },
      { token: w.coordinator.token },
    );
    expect(scheduled.errors).toBeUndefined();
    expect(scheduled.data.scheduleMeeting.status).toBe('SCHEDULED');
  });

  it("a coordinator sees the partnership's meeting staff, not every account", async () => {
    const representatives = await t.gql(`query { users(role: AGENCY_REPRESENTATIVE, first: 100) { nodes { id } } }`, {}, { token: w.coordinator.token });
    expect(representatives.data.users.nodes.map((u: { id: string }) => u.id)).toContain(w.idva.id);
    // The case practitioner is not meeting staff: not listed, and refused by id.
    const practitioners = await t.gql(`query { users(role: CASE_PRACTITIONER, first: 100) { nodes { id } } }`, {}, { token: w.coordinator.token });
    expect(practitioners.data.users.nodes.map((u: { id: string }) => u.id)).not.toContain(w.social.id);
    expect((await t.gql(USER, { id: w.social.id }, { token: w.coordinator.token })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    // A practitioner may not list the partnership's chairs at all.
    const byPractitioner = await t.gql(CHAIRS, {}, { token: w.social.token });
    expect(byPractitioner.data.users.nodes.map((u: { id: string }) => u.id)).toEqual([]);
  });

  it('a chair trying to mark the meeting held is told who does, and what the chair records', async () => {
    const scheduled = await t.gql(
      SCHEDULE,
      {
        input: { type: 'MARAC', title: 'Westside MARAC', startsAt: '2031-06-03T09:30:00Z', chairUserId: w.chair.id, invitedAgencyIds: [w.agencies.police.id] },
      },
      { token: w.coordinator.token },
    );
    const held = await t.gql(`mutation ($id: ID!) { holdMeeting(id: $id) { status } }`, { id: scheduled.data.scheduleMeeting.id }, { token: w.chair.token });
    expect(held.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(held.errors?.[0].message).toMatch(/MARAC coordinator of the organising agency .* marks a meeting held/);
    expect(held.errors?.[0].message).toMatch(/chair records its attendance, decisions, participation and actions/);
    expect(held.errors?.[0].message).not.toMatch(/Your role does not allow/);
  });

  it('a perpetrator worker refused the victim is told whom to ask, and what break-glass would and would not show him', async () => {
    const refused = await t.gql(PERSON, { id: w.graceId }, { token: w.perpetratorWorker.token });
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toMatch(/ask the MARAC coordinator or the family's case holder/);
    expect(refused.errors?.[0].message).toMatch(/the victim's address, contact details and safety plan stay hidden from you/);

    // Someone else out of scope is pointed to break-glass alone.
    const outsider = await t.gql(PERSON, { id: w.graceId }, { token: w.healthRep.token });
    expect(outsider.errors?.[0].message).toBe(
      'You have no involvement with this person. If you need it urgently, request break-glass access with your reason; your manager is told.',
    );
  });

  it('an analyst may not request break-glass, and is told why', async () => {
    const breakGlass = await t.gql(
      BREAK_GLASS,
      { input: { subjectType: 'FAMILY', subjectId: w.familyId, reason: 'Checking a figure' } },
      { token: analyst.token },
    );
    expect(breakGlass.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(breakGlass.errors?.[0].message).toBe('Break-glass is for those who work on cases: administrators and analysts see no case records.');
  });

  it('input errors read as what to change, not as validator wording', async () => {
    const tooMany = await t.gql(`query { users(first: 500) { nodes { id } } }`, {}, { token: w.coordinator.token });
    expect(tooMany.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0].message).toBe('Please correct the input. first: must be 100 or less');

    const unknownFilter = await t.http.get('/exports/signals-overview.csv?format=xlsx').set('authorization', `Bearer ${analyst.token}`);
    expect(unknownFilter.status).toBe(400);
    const error = JSON.parse(unknownFilter.text).errors[0];
    expect(error.message).toBe('Please correct the input. format: is not something this form takes: leave it out');
    expect(error.message).not.toMatch(/should not exist/);
  });

  it('an analyst asking for families is refused, not given an empty list', async () => {
    for (const query of [`query { families { nodes { id } } }`, `query ($id: ID!) { person(id: $id) { id } }`]) {
      const refused = await t.gql(query, { id: w.graceId }, { token: analyst.token });
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect(refused.errors?.[0].message).toMatch(/administrators and analysts see no case records/);
    }
    // Their reports still answer.
    const overview = await t.gql(`query { signalsOverview { open { suppressed } } }`, {}, { token: analyst.token });
    expect(overview.errors).toBeUndefined();
  });
});
