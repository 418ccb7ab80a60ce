import { Role } from '../libs/access/src';
import { aPerson, aUser, SignedInUser } from './support/factories';
import { ADD_ITEM, aMaracReferral, aMaracWithItem, AGREE, MARAC_DAY, maracWorld, MaracWorld, PARTICIPATION } from './support/marac';
import { startTestApp, TestApp } from './support/test-app';

const MEETING = `query ($id: ID!) { meeting(id: $id) { id title agendaItems { id familyName family { id } } } }`;
const PEOPLE = `query ($id: ID!) { agendaItem(id: $id) {
  familyName riskSummary people { scopeRole person { givenName confidentialAddress } }
  participation { personId participation exclusionReason }
  actions { description subject { givenName } }
  meeting { title }
} }`;
const MEETING_IDS = `{ meetings(first: 100) { nodes { id } } }`;

describe('Who sees which meetings, agenda items and people', () => {
  let t: TestApp;
  let w: MaracWorld;
  let meetingId: string;
  let itemId: string; // the Okafor-Brown family
  let otherItemId: string; // the Smith family, allocated to another social worker
  let otherSocial: SignedInUser;
  let idvaActionId: string;

  const read = (token: string, query: string, variables: Record<string, unknown> = {}) => t.gql(query, variables, { token });
  const code = (result: { errors?: Array<{ extensions: { code: string } }> }) => result.errors?.[0]?.extensions.code;
  const listed = async (user: SignedInUser) => (await read(user.token, MEETING_IDS)).data.meetings.nodes.map((n: { id: string }) => n.id);

  beforeAll(async () => {
    t = await startTestApp();
    w = await maracWorld(t);
    ({ meetingId, itemId } = await aMaracWithItem(t, w));
    otherSocial = await aUser(t, [Role.CASE_PRACTITIONER], w.agencies.csc);
    const smithFamily = (await t.gql(`mutation { createFamily(input: { name: "Smith family" }) { id } }`, {}, { token: otherSocial.token })).data.createFamily
      .id;
    const kim = await aPerson(t, otherSocial, { givenName: 'Kim', familyName: 'Smith', gender: 'FEMALE', ethnicityGroup: 'WHITE', dateOfBirth: '1990-01-01' });
    await t.gql(
      `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`,
      { input: { familyId: smithFamily, personId: kim, kind: 'ADULT', joinedOn: '2020-01-01' } },
      { token: otherSocial.token },
    );
    const kimReferral = await aMaracReferral(t, w, otherSocial, smithFamily, kim, MARAC_DAY);
    const other = await t.gql(
      ADD_ITEM,
      {
        input: {
          meetingId,
          familyId: smithFamily,
          maracReferralId: kimReferral,
          reasonForListing: 'DASH score 16',
          people: [{ personId: kim, scopeRole: 'ADULT_VICTIM' }],
        },
      },
      { token: w.coordinator.token },
    );
    otherItemId = other.data.addAgendaItem.id;

    const chair = (query: string, input: Record<string, unknown>) => t.gql(query, { input }, { token: w.chair.token });
    await chair(`mutation ($input: RecordRiskSummaryInput!) { recordRiskSummary(input: $input) { id } }`, {
      agendaItemId: itemId,
      riskSummary: 'High risk; Grace moved to a refuge',
    });
    await chair(PARTICIPATION, {
      agendaItemId: itemId,
      entries: [
        { personId: w.graceId, participation: 'VIEWS_VIA_ADVOCATE', interpreterProvided: true },
        { personId: w.danId, participation: 'EXCLUDED_FOR_SAFETY', exclusionReason: 'Threatened to find the refuge' },
      ],
    });
    const agreed = await chair(AGREE, {
      agendaItemId: itemId,
      description: 'Safety plan review',
      owningAgencyId: w.agencies.idvaService.id,
      ownerUserId: w.idva.id,
      subjectPersonId: w.graceId,
      dueOn: '2025-03-18',
    });
    idvaActionId = agreed.data.agreeAction.id;
  });
  afterAll(() => t.close());

  it('a perpetrator worker whose agency attends sees the agenda and the names, never the refuge address, why Dan was excluded, the risks, nor what is to be done for Grace', async () => {
    const meeting = await read(w.perpetratorWorker.token, MEETING, { id: meetingId });
    expect(meeting.errors).toBeUndefined();
    expect(meeting.data.meeting.agendaItems.map((i: { familyName: string }) => i.familyName)).toEqual(['Okafor-Brown family', 'Smith family']);
    expect(meeting.data.meeting.agendaItems[0].family).toBeNull(); // the item, not the family's file
    const item = (await read(w.perpetratorWorker.token, PEOPLE, { id: itemId })).data.agendaItem;
    expect(item.people).toEqual(expect.arrayContaining([{ scopeRole: 'ADULT_VICTIM', person: { givenName: 'Grace', confidentialAddress: null } }]));
    expect(item.participation).toEqual(expect.arrayContaining([{ personId: w.danId, participation: 'EXCLUDED_FOR_SAFETY', exclusionReason: null }]));
    expect(item.riskSummary).toBeNull();
    // The action about Grace is there (its subject and dates), but not what is to be done for her.
    expect(item.actions).toEqual([{ description: null, subject: { givenName: 'Grace' } }]);
    const grace = await read(w.perpetratorWorker.token, `query ($id: ID!) { person(id: $id) { givenName confidentialAddress safeContactDetails } }`, {
      id: w.graceId,
    });
    expect(grace.data.person).toEqual({ givenName: 'Grace', confidentialAddress: null, safeContactDetails: null });
    expect(code(await read(w.perpetratorWorker.token, `query ($id: ID!) { family(id: $id) { name } }`, { id: w.familyId }))).toBe('FORBIDDEN');
  });

  it('the IDVA service representative sees the items of the meeting their agency attends, not the family record', async () => {
    expect(await listed(w.idva)).toEqual([meetingId]);
    const item = (await read(w.idva.token, PEOPLE, { id: itemId })).data.agendaItem;
    expect(item).toMatchObject({ familyName: 'Okafor-Brown family', riskSummary: 'High risk; Grace moved to a refuge', meeting: { title: 'Northside MARAC' } });
    expect(item.participation).toEqual(
      expect.arrayContaining([{ personId: w.danId, participation: 'EXCLUDED_FOR_SAFETY', exclusionReason: 'Threatened to find the refuge' }]),
    );
    expect(code(await read(w.idva.token, `query ($id: ID!) { family(id: $id) { name } }`, { id: w.familyId }))).toBe('FORBIDDEN');
  });

  it('a DVA specialist at an invited agency works for the victim: the refuge address is shown to them', async () => {
    const specialist = await aUser(t, [Role.DVA_SPECIALIST], w.agencies.idvaService);
    const item = (await read(specialist.token, PEOPLE, { id: itemId })).data.agendaItem;
    expect(item.people).toEqual(
      expect.arrayContaining([{ scopeRole: 'ADULT_VICTIM', person: { givenName: 'Grace', confidentialAddress: 'Refuge, 1 Safe Street' } }]),
    );
  });

  it('a representative of an agency that was not invited sees nothing of the meeting, its items or the people', async () => {
    expect(code(await read(w.healthRep.token, MEETING, { id: meetingId }))).toBe('FORBIDDEN');
    expect(code(await read(w.healthRep.token, PEOPLE, { id: itemId }))).toBe('FORBIDDEN');
    expect(await listed(w.healthRep)).toEqual([]);
    expect(code(await read(w.healthRep.token, `query ($id: ID!) { person(id: $id) { givenName } }`, { id: w.graceId }))).toBe('FORBIDDEN');
    expect((await read(w.healthRep.token, `{ overdueActions { nodes { id } } }`)).data.overdueActions.nodes).toEqual([]);
  });

  it('the chair and the coordinator see their meeting and open the families on it (they record journey decisions)', async () => {
    for (const runner of [w.chair, w.coordinator]) {
      const meeting = await read(runner.token, MEETING, { id: meetingId });
      expect(meeting.data.meeting.agendaItems.map((i: { family: { id: string } | null }) => !!i.family)).toEqual([true, true]);
      const family = await read(runner.token, `query ($id: ID!) { family(id: $id) { name members { person { givenName confidentialAddress } } } }`, {
        id: w.familyId,
      });
      expect(family.data.family.members).toEqual(expect.arrayContaining([{ person: { givenName: 'Grace', confidentialAddress: null } }]));
    }
    // A coordinator of another agency, or a chair of another meeting, sees none of it.
    const otherCoordinator = await aUser(t, [Role.MARAC_COORDINATOR]);
    const otherChair = await aUser(t, [Role.MEETING_CHAIR], w.agencies.police);
    for (const stranger of [otherCoordinator, otherChair]) {
      expect(code(await read(stranger.token, MEETING, { id: meetingId }))).toBe('FORBIDDEN');
      expect(code(await read(stranger.token, `query ($id: ID!) { family(id: $id) { name } }`, { id: w.familyId }))).toBe('FORBIDDEN');
      expect(await listed(stranger)).toEqual([]);
    }
    const byOtherCoordinator = await t.gql(
      `mutation ($input: RecordRiskSummaryInput!) { recordRiskSummary(input: $input) { id } }`,
      { input: { agendaItemId: itemId, riskSummary: 'Overwritten' } },
      { token: otherCoordinator.token },
    );
    expect(code(byOtherCoordinator)).toBe('FORBIDDEN');
  });

  it("case practitioners see the items about their allocated families and the meeting's header, not the other families' items", async () => {
    const mine = await read(w.social.token, MEETING, { id: meetingId });
    expect(mine.errors).toBeUndefined();
    expect(mine.data.meeting.agendaItems.map((i: { id: string }) => i.id)).toEqual([itemId]);
    const item = (await read(w.social.token, PEOPLE, { id: itemId })).data.agendaItem;
    expect(item.people).toEqual(
      expect.arrayContaining([{ scopeRole: 'ADULT_VICTIM', person: { givenName: 'Grace', confidentialAddress: 'Refuge, 1 Safe Street' } }]),
    );
    const viaFamily = await read(w.social.token, `query ($id: ID!) { family(id: $id) { meetingItems { id reasonForListing meeting { type } } } }`, {
      id: w.familyId,
    });
    expect(viaFamily.data.family.meetingItems).toEqual([{ id: itemId, reasonForListing: 'Repeat referral: incident on 2 March', meeting: { type: 'MARAC' } }]);
    expect(code(await read(w.social.token, PEOPLE, { id: otherItemId }))).toBe('FORBIDDEN');

    const theirs = await read(otherSocial.token, MEETING, { id: meetingId });
    expect(theirs.data.meeting.agendaItems.map((i: { id: string }) => i.id)).toEqual([otherItemId]);
    expect(code(await read(otherSocial.token, PEOPLE, { id: itemId }))).toBe('FORBIDDEN');
    const unallocated = await aUser(t, [Role.CASE_PRACTITIONER], w.agencies.csc);
    expect(code(await read(unallocated.token, MEETING, { id: meetingId }))).toBe('FORBIDDEN');
    expect(code(await read(unallocated.token, PEOPLE, { id: itemId }))).toBe('FORBIDDEN');
  });

  it("managers read their agency's meetings and the actions their agency owns", async () => {
    const safetyManager = await aUser(t, [Role.MANAGER], w.agencies.safety);
    expect(await listed(safetyManager)).toEqual([meetingId]);
    const idvaManager = await aUser(t, [Role.MANAGER], w.agencies.idvaService);
    expect(await listed(idvaManager)).toEqual([]);
    const overdue = await read(idvaManager.token, `query ($agencyId: ID) { overdueActions(agencyId: $agencyId) { nodes { id } } }`, {
      agencyId: w.agencies.idvaService.id,
    });
    expect(overdue.data.overdueActions.nodes).toEqual([{ id: idvaActionId }]);
  });

  it("an agency representative's colleague lists the actions their agency owns; other agencies attending the same meeting do not", async () => {
    const AGENCY_ACTIONS = `query ($status: ActionStatus) { agencyActions(status: $status) { nodes { id description owningAgency { id } } } }`;
    const colleague = await aUser(t, [Role.AGENCY_REPRESENTATIVE], w.agencies.idvaService);
    const ours = await read(colleague.token, AGENCY_ACTIONS, { status: 'OPEN' });
    expect(ours.errors).toBeUndefined();
    expect(ours.data.agencyActions.nodes).toEqual([{ id: idvaActionId, description: 'Safety plan review', owningAgency: { id: w.agencies.idvaService.id } }]);
    expect((await read(colleague.token, AGENCY_ACTIONS, { status: 'DONE' })).data.agencyActions.nodes).toEqual([]);
    // The programme attends the same MARAC and reads its actions there, but owns none of them.
    expect((await read(w.perpetratorWorker.token, AGENCY_ACTIONS)).data.agencyActions.nodes).toEqual([]);
    expect((await read(w.healthRep.token, AGENCY_ACTIONS)).data.agencyActions.nodes).toEqual([]);
    const analyst = await aUser(t, [Role.ANALYST], w.agencies.idvaService);
    expect(code(await read(analyst.token, AGENCY_ACTIONS))).toBe('FORBIDDEN');
  });

  it('actions are completed by their owner or their agency, never by another agency attending', async () => {
    const COMPLETE = `mutation ($input: CloseActionInput!) { completeAction(input: $input) { status } }`;
    const byPerpetratorWorker = await t.gql(COMPLETE, { input: { actionId: idvaActionId, note: 'Not mine to close' } }, { token: w.perpetratorWorker.token });
    expect(code(byPerpetratorWorker)).toBe('FORBIDDEN');
    const cancelByOwner = await t.gql(
      `mutation ($input: CloseActionInput!) { cancelAction(input: $input) { status } }`,
      { input: { actionId: idvaActionId, note: 'No longer needed' } },
      { token: w.idva.token },
    );
    expect(code(cancelByOwner)).toBe('FORBIDDEN');
    const colleague = await aUser(t, [Role.AGENCY_REPRESENTATIVE], w.agencies.idvaService);
    const byColleague = await t.gql(COMPLETE, { input: { actionId: idvaActionId, note: 'Done while Sam was on leave' } }, { token: colleague.token });
    expect(byColleague.data.completeAction.status).toBe('DONE');
    const again = await t.gql(COMPLETE, { input: { actionId: idvaActionId, note: 'Twice' } }, { token: w.idva.token });
    expect(code(again)).toBe('CONFLICT');
  });
});
