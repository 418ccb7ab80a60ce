import { aMaracWithItem, AGREE, DECIDE, MARAC_DAY, maracWorld, MaracWorld, PARTICIPATION, SCHEDULE } from './support/marac';
import { startTestApp, TestApp } from './support/test-app';

const MEETING = `query ($id: ID!) { meeting(id: $id) {
  type title startsAt status chair { displayName } organisingAgency { name }
  agencies { agency { name } attended representativeName }
  agendaItems { position familyName reasonForListing riskSummary people { scopeRole person { givenName } } }
} }`;
const ITEM = `query ($id: ID!) { agendaItem(id: $id) {
  decisions { kind childId text episodeTransitionId }
  participation { personId participation exclusionReason childView interpreterProvided }
  actions { description owner { displayName } externalOwnerName subject { givenName } dueOn status completionNote overdue }
} }`;

describe('A MARAC from agenda to decisions, participation and actions', () => {
  let t: TestApp;
  let w: MaracWorld;
  let meetingId: string;
  let itemId: string;
  let idvaActionId: string;

  const as = (token: string) => (query: string, input: Record<string, unknown>) => t.gql(query, { input }, { token });

  beforeAll(async () => {
    t = await startTestApp();
    w = await maracWorld(t);
  });
  afterAll(() => t.close());

  it('the coordinator schedules the MARAC, invites the agencies and lists the family with the people in scope', async () => {
    ({ meetingId, itemId } = await aMaracWithItem(t, w));
    const meeting = await t.gql(MEETING, { id: meetingId }, { token: w.coordinator.token });
    expect(meeting.errors).toBeUndefined();
    expect(meeting.data.meeting).toMatchObject({
      type: 'MARAC',
      status: 'SCHEDULED',
      chair: { displayName: expect.stringContaining('MEETING_CHAIR') },
      organisingAgency: { name: w.agencies.safety.name },
    });
    expect(meeting.data.meeting.agencies).toHaveLength(4);
    expect(meeting.data.meeting.agendaItems).toEqual([
      expect.objectContaining({
        position: 1,
        familyName: 'Okafor-Brown family',
        reasonForListing: 'Repeat referral: incident on 2 March',
        riskSummary: null,
        people: expect.arrayContaining([
          { scopeRole: 'ADULT_VICTIM', person: { givenName: 'Grace' } },
          { scopeRole: 'CHILD', person: { givenName: 'Amara' } },
        ]),
      }),
    ]);
  });

  it('on the day: attendance, risks, a step-down that shows on the journey, participation, actions; the meeting is held', async () => {
    const chair = as(w.chair.token);
    const attendance = await chair(`mutation ($input: RecordMeetingAttendanceInput!) { recordMeetingAttendance(input: $input) { id } }`, {
      meetingId,
      attendance: [
        { agencyId: w.agencies.idvaService.id, attended: true, representativeName: 'Sam Patel (IDVA)' },
        { agencyId: w.agencies.csc.id, attended: true, representativeName: 'Jo Reid' },
        { agencyId: w.agencies.programme.id, attended: false },
      ],
    });
    expect(attendance.errors).toBeUndefined();
    const risks = await as(w.coordinator.token)(`mutation ($input: RecordRiskSummaryInput!) { recordRiskSummary(input: $input) { riskSummary } }`, {
      agendaItemId: itemId,
      riskSummary: 'Strangulation on 2 March; Dan knows the school. High risk.',
    });
    expect(risks.data.recordRiskSummary.riskSummary).toMatch(/Strangulation/);

    const stepDown = await chair(DECIDE, {
      agendaItemId: itemId,
      kind: 'STEP_DOWN',
      childId: w.amaraId,
      toLevel: 'CIN',
      text: 'Safety plan holding; Amara steps down to Child in Need',
    });
    expect(stepDown.errors).toBeUndefined();
    expect(stepDown.data.recordAgendaDecision).toMatchObject({ kind: 'STEP_DOWN', childId: w.amaraId, episodeTransitionId: expect.any(String) });
    const other = await chair(DECIDE, { agendaItemId: itemId, kind: 'OTHER', text: 'Police to flag the address' });
    expect(other.data.recordAgendaDecision).toMatchObject({ kind: 'OTHER', childId: null, episodeTransitionId: null });

    // The journey shows the step-down, dated the day of the MARAC and linked to it.
    const journey = await t.gql(
      `query ($id: ID!) { family(id: $id) { episodes { level transitions { id kind fromLevel toLevel occurredOn decisionMeetingId reason } } } }`,
      { id: w.familyId },
      { token: w.social.token },
    );
    const [episode] = journey.data.family.episodes;
    expect(episode.level).toBe('CIN');
    expect(episode.transitions[1]).toEqual({
      id: stepDown.data.recordAgendaDecision.episodeTransitionId,
      kind: 'STEP_DOWN',
      fromLevel: 'CP_PLAN',
      toLevel: 'CIN',
      occurredOn: MARAC_DAY,
      decisionMeetingId: meetingId,
      reason: 'Safety plan holding; Amara steps down to Child in Need',
    });

    const heard = await chair(PARTICIPATION, {
      agendaItemId: itemId,
      entries: [
        { personId: w.graceId, participation: 'VIEWS_VIA_ADVOCATE', interpreterProvided: true },
        { personId: w.danId, participation: 'EXCLUDED_FOR_SAFETY', exclusionReason: 'Threatened Grace when she asked for help' },
        { personId: w.amaraId, participation: 'NOT_APPLICABLE', childView: 'DIRECT_WORK' },
      ],
    });
    expect(heard.errors).toBeUndefined();
    expect(heard.data.recordParticipation.participation).toHaveLength(3);

    const idvaAction = await chair(AGREE, {
      agendaItemId: itemId,
      description: 'Update the safety plan with Grace, with an interpreter',
      owningAgencyId: w.agencies.idvaService.id,
      ownerUserId: w.idva.id,
      subjectPersonId: w.graceId,
      dueOn: '2025-03-18',
    });
    expect(idvaAction.errors).toBeUndefined();
    idvaActionId = idvaAction.data.agreeAction.id;
    const danAction = await as(w.coordinator.token)(AGREE, {
      agendaItemId: itemId,
      description: 'Offer Dan a place on the Caring Dads programme',
      owningAgencyId: w.agencies.programme.id,
      externalOwnerName: 'Intake team, Caring Dads',
      subjectPersonId: w.danId,
      dueOn: '2025-04-01',
    });
    expect(danAction.data.agreeAction).toMatchObject({ status: 'OPEN', ownerUserId: null, externalOwnerName: 'Intake team, Caring Dads', chaseCount: 0 });

    const held = await t.gql(`mutation ($id: ID!) { holdMeeting(id: $id) { status } }`, { id: meetingId }, { token: w.coordinator.token });
    expect(held.data.holdMeeting.status).toBe('HELD');
  });

  it('the IDVA sees the action among their own and completes it; the coordinator sees what is still overdue', async () => {
    const mine = await t.gql(`{ myActions(status: OPEN) { nodes { id description overdue } } }`, {}, { token: w.idva.token });
    expect(mine.data.myActions.nodes).toEqual([{ id: idvaActionId, description: 'Update the safety plan with Grace, with an interpreter', overdue: true }]);
    const done = await as(w.idva.token)(`mutation ($input: CloseActionInput!) { completeAction(input: $input) { status completionNote completedOn } }`, {
      actionId: idvaActionId,
      note: 'Safety plan reviewed on 17 March',
      completedOn: '2025-03-17',
    });
    expect(done.data.completeAction).toEqual({ status: 'DONE', completionNote: 'Safety plan reviewed on 17 March', completedOn: '2025-03-17' });
    expect((await t.gql(`{ myActions(status: OPEN) { nodes { id } } }`, {}, { token: w.idva.token })).data.myActions.nodes).toEqual([]);

    const overdue = await t.gql(
      `query ($agencyId: ID) { overdueActions(agencyId: $agencyId) { nodes { description externalOwnerName owningAgency { name } } } }`,
      { agencyId: w.agencies.programme.id },
      { token: w.coordinator.token },
    );
    expect(overdue.data.overdueActions.nodes).toEqual([
      {
        description: 'Offer Dan a place on the Caring Dads programme',
        externalOwnerName: 'Intake team, Caring Dads',
        owningAgency: { name: w.agencies.programme.name },
      },
    ]);
    const none = await t.gql(
      `query ($agencyId: ID) { overdueActions(agencyId: $agencyId) { nodes { id } } }`,
      { agencyId: w.agencies.idvaService.id },
      { token: w.coordinator.token },
    );
    expect(none.data.overdueActions.nodes).toEqual([]);
  });

  it('reads back as a whole, and the family timeline tells the story', async () => {
    const meeting = await t.gql(MEETING, { id: meetingId }, { token: w.chair.token });
    expect(meeting.errors).toBeUndefined();
    const m = meeting.data.meeting;
    expect(m.status).toBe('HELD');
    expect(m.agencies).toEqual(
      expect.arrayContaining([
        { agency: { name: w.agencies.idvaService.name }, attended: true, representativeName: 'Sam Patel (IDVA)' },
        { agency: { name: w.agencies.programme.name }, attended: false, representativeName: null },
        { agency: { name: w.agencies.police.name }, attended: null, representativeName: null },
      ]),
    );
    const item = (await t.gql(ITEM, { id: itemId }, { token: w.chair.token })).data.agendaItem;
    expect(item.decisions.map((d: { kind: string }) => d.kind)).toEqual(['STEP_DOWN', 'OTHER']);
    expect(item.participation).toEqual(
      expect.arrayContaining([
        { personId: w.graceId, participation: 'VIEWS_VIA_ADVOCATE', exclusionReason: null, childView: null, interpreterProvided: true },
        {
          personId: w.danId,
          participation: 'EXCLUDED_FOR_SAFETY',
          exclusionReason: 'Threatened Grace when she asked for help',
          childView: null,
          interpreterProvided: null,
        },
        { personId: w.amaraId, participation: 'NOT_APPLICABLE', exclusionReason: null, childView: 'DIRECT_WORK', interpreterProvided: null },
      ]),
    );
    expect(item.actions).toEqual([
      expect.objectContaining({ owner: { displayName: expect.any(String) }, subject: { givenName: 'Grace' }, status: 'DONE', overdue: false }),
      expect.objectContaining({ owner: null, subject: { givenName: 'Dan' }, status: 'OPEN', overdue: true }),
    ]);

    const timeline = await t.gql(
      `query ($id: ID!) { family(id: $id) { timeline(first: 50, kinds: [DISCUSSED_AT_MEETING, MEETING_DECISION, ACTION_AGREED, ACTION_COMPLETED, STEPPED_DOWN]) { nodes { date kind summary } } } }`,
      { id: w.familyId },
      { token: w.social.token },
    );
    const summaries = timeline.data.family.timeline.nodes.map((n: { date: string; kind: string; summary: string }) => `${n.date} ${n.kind} ${n.summary}`);
    expect(summaries).toEqual(
      expect.arrayContaining([
        `${MARAC_DAY} DISCUSSED_AT_MEETING Discussed at MARAC on 4 March 2025: Repeat referral: incident on 2 March.`,
        `${MARAC_DAY} STEPPED_DOWN Amara stepped down from CP PLAN to CIN: Safety plan holding; Amara steps down to Child in Need.`,
        `${MARAC_DAY} MEETING_DECISION MARAC decided to step down for Amara: Safety plan holding; Amara steps down to Child in Need.`,
        `${MARAC_DAY} ACTION_AGREED Action agreed at MARAC for ${w.agencies.programme.name}, about Dan, due 1 April 2025: Offer Dan a place on the Caring Dads programme.`,
        `2025-03-17 ACTION_COMPLETED Action completed by ${w.agencies.idvaService.name}, about Grace: Update the safety plan with Grace, with an interpreter.`,
      ]),
    );
    expect(summaries).toHaveLength(7);
  });

  it('meetings are listed by type and period', async () => {
    const list = (variables: Record<string, unknown>) =>
      t.gql(`query ($type: MeetingType, $from: LocalDate, $to: LocalDate) { meetings(type: $type, from: $from, to: $to) { nodes { id } } }`, variables, {
        token: w.coordinator.token,
      });
    expect((await list({ type: 'MARAC', from: MARAC_DAY, to: MARAC_DAY })).data.meetings.nodes).toEqual([{ id: meetingId }]);
    expect((await list({ type: 'CIN_REVIEW' })).data.meetings.nodes).toEqual([]);
    expect((await list({ from: '2025-03-05' })).data.meetings.nodes).toEqual([]);
  });
});

describe('Bad input at a meeting is refused with a coded error, and nothing is written', () => {
  let t: TestApp;
  let w: MaracWorld;
  let meetingId: string;
  let itemId: string;
  let strangerChildId: string;

  const counts = async () => {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM agenda_decision d JOIN agenda_item i ON i.id = d.agenda_item_id WHERE i.meeting_id = $1)::int AS decisions,
              (SELECT count(*) FROM episode_transition WHERE decision_meeting_id = $1)::int AS transitions,
              (SELECT count(*) FROM meeting_action WHERE meeting_id = $1)::int AS actions,
              (SELECT count(*) FROM participation p JOIN agenda_item i ON i.id = p.agenda_item_id WHERE i.meeting_id = $1)::int AS participation,
              (SELECT level FROM episode WHERE child_id = $2 AND closed_on IS NULL) AS level,
              (SELECT risk_summary FROM agenda_item WHERE id = $3) AS "riskSummary"`,
      [meetingId, w.amaraId, itemId],
    );
    return row;
  };
  const chair = (query: string, input: Record<string, unknown>) => t.gql(query, { input }, { token: w.chair.token });
  const refused = (result: { errors?: Array<{ message: string; extensions: { code: string } }> }, code: string, message: RegExp | string) => {
    expect(result.errors?.[0]).toMatchObject({ extensions: { code } });
    if (typeof message === 'string') expect(result.errors![0].message).toBe(message);
    else expect(result.errors![0].message).toMatch(message);
  };

  beforeAll(async () => {
    t = await startTestApp();
    w = await maracWorld(t);
    ({ meetingId, itemId } = await aMaracWithItem(t, w));
    // A child of another family, visible to the chair through nothing at all.
    const other = await maracWorld(t);
    strangerChildId = other.amaraId;
  });
  afterAll(() => t.close());

  it("a decision for a child not in the item's scope, or the wrong shape, changes nothing", async () => {
    const before = await counts();
    refused(
      await chair(DECIDE, { agendaItemId: itemId, kind: 'STEP_DOWN', childId: strangerChildId, toLevel: 'CIN', text: 'Step down' }),
      'BAD_USER_INPUT',
      "childId: is not in this item's scope; only a child discussed here can be decided about",
    );
    refused(
      await chair(DECIDE, { agendaItemId: itemId, kind: 'STEP_DOWN', childId: w.graceId, toLevel: 'CIN', text: 'Step down' }),
      'BAD_USER_INPUT',
      "childId: is in this item's scope as ADULT_VICTIM, not as a child",
    );
    refused(
      await chair(DECIDE, { agendaItemId: itemId, kind: 'STEP_DOWN', childId: w.amaraId, text: 'Step down' }),
      'BAD_USER_INPUT',
      'toLevel: is required for a STEP_DOWN decision',
    );
    refused(
      await chair(DECIDE, { agendaItemId: itemId, kind: 'CLOSE', childId: w.amaraId, text: 'Close' }),
      'BAD_USER_INPUT',
      'closureReason: is required to close an episode',
    );
    expect(await counts()).toEqual(before);
  });

  it('a decision the journey refuses (a "step down" to a higher level) leaves no decision and the item unchanged', async () => {
    const before = await counts();
    refused(
      await chair(DECIDE, { agendaItemId: itemId, kind: 'STEP_DOWN', childId: w.amaraId, toLevel: 'LAC', text: 'Step down' }),
      'BAD_USER_INPUT',
      'toLevel: a step down must go to a level lower than CP_PLAN',
    );
    refused(
      await chair(DECIDE, { agendaItemId: itemId, kind: 'OPEN_EPISODE', childId: w.amaraId, toLevel: 'CIN', text: 'Open' }),
      'CONFLICT',
      /already has an open episode/,
    );
    expect(await counts()).toEqual(before);
  });

  it('an action due before the meeting, about someone not in scope, or owned by someone outside the owning agency is refused', async () => {
    const before = await counts();
    const action = {
      agendaItemId: itemId,
      description: 'Safety plan',
      owningAgencyId: w.agencies.idvaService.id,
      ownerUserId: w.idva.id,
      subjectPersonId: w.graceId,
      dueOn: '2025-03-18',
    };
    refused(await chair(AGREE, { ...action, dueOn: '2025-03-03' }), 'BAD_USER_INPUT', `dueOn: is before the meeting (${MARAC_DAY})`);
    refused(await chair(AGREE, { ...action, subjectPersonId: strangerChildId }), 'BAD_USER_INPUT', "subjectPersonId: is not in this item's scope");
    refused(await chair(AGREE, { ...action, ownerUserId: w.social.id }), 'BAD_USER_INPUT', /ownerUserId: .* does not work for the owning agency/);
    refused(
      await chair(AGREE, { ...action, owningAgencyId: w.agencies.health.id, ownerUserId: w.healthRep.id }),
      'BAD_USER_INPUT',
      'owningAgencyId: that agency was not invited to this meeting',
    );
    refused(await chair(AGREE, { ...action, externalOwnerName: 'Someone else' }), 'BAD_USER_INPUT', /give either the owner/);
    expect(await counts()).toEqual(before);
  });

  it('participation: EXCLUDED_FOR_SAFETY without a reason, or for a person not in scope, writes nothing', async () => {
    const before = await counts();
    const noReason = await chair(PARTICIPATION, {
      agendaItemId: itemId,
      entries: [
        { personId: w.graceId, participation: 'VIEWS_VIA_ADVOCATE', interpreterProvided: true },
        { personId: w.danId, participation: 'EXCLUDED_FOR_SAFETY' },
      ],
    });
    refused(noReason, 'BAD_USER_INPUT', /entries\.1\.exclusionReason: is required: say why Dan was excluded for safety/);
    refused(
      await chair(PARTICIPATION, { agendaItemId: itemId, entries: [{ personId: strangerChildId, participation: 'ATTENDED', childView: 'WRITTEN' }] }),
      'BAD_USER_INPUT',
      /entries\.0\.personId: is not in this item's scope/,
    );
    expect(await counts()).toEqual(before);
  });

  it('scheduling and listing: a chair without the role, an unknown agency, a family listed twice, a person outside the family', async () => {
    refused(
      await t.gql(
        SCHEDULE,
        { input: { type: 'MARAC', title: 'x', startsAt: '2025-05-01T10:00:00Z', chairUserId: w.social.id, invitedAgencyIds: [w.agencies.csc.id] } },
        { token: w.coordinator.token },
      ),
      'BAD_USER_INPUT',
      /chairUserId: .* is not a meeting chair or coordinator/,
    );
    refused(
      await t.gql(
        SCHEDULE,
        {
          input: {
            type: 'MARAC',
            title: 'x',
            startsAt: '2025-05-01T10:00:00Z',
            chairUserId: w.chair.id,
            invitedAgencyIds: ['00000000-0000-4000-8000-000000000000'],
          },
        },
        { token: w.coordinator.token },
      ),
      'NOT_FOUND',
      'invitedAgencyIds: no agency has one of those ids.',
    );
    const again = await t.gql(
      `mutation ($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`,
      {
        input: { meetingId, familyId: w.familyId, reasonForListing: 'Again', people: [{ personId: w.graceId, scopeRole: 'ADULT_VICTIM' }] },
      },
      { token: w.coordinator.token },
    );
    refused(again, 'CONFLICT', "This family is already on this meeting's agenda (item 1).");
    const another = (
      await t.gql(
        SCHEDULE,
        {
          input: {
            type: 'STRATEGY_MEETING',
            title: 'Strategy',
            startsAt: '2025-03-11T09:30:00Z',
            chairUserId: w.chair.id,
            invitedAgencyIds: [w.agencies.csc.id],
          },
        },
        { token: w.coordinator.token },
      )
    ).data.scheduleMeeting.id;
    const list = (people: unknown[]) =>
      t.gql(
        `mutation ($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`,
        { input: { meetingId: another, familyId: w.familyId, reasonForListing: 'Strategy discussion', people } },
        { token: w.coordinator.token },
      );
    refused(
      await list([
        { personId: w.graceId, scopeRole: 'ADULT_VICTIM' },
        { personId: strangerChildId, scopeRole: 'CHILD' },
      ]),
      'BAD_USER_INPUT',
      'people.1.personId: is not a member of this family',
    );
    refused(await list([{ personId: w.graceId, scopeRole: 'CHILD' }]), 'BAD_USER_INPUT', 'people.0.scopeRole: CHILD is only for a child of the family');
    refused(
      await list([{ personId: w.amaraId, scopeRole: 'WIDER_FAMILY' }]),
      'BAD_USER_INPUT',
      'people.0.scopeRole: a child of the family is in scope as CHILD',
    );
    const [{ m }] = await t.dataSource.query(`SELECT count(*)::int AS m FROM agenda_item WHERE meeting_id = $1`, [another]);
    expect(m).toBe(0);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM agenda_item WHERE meeting_id = $1`, [meetingId]);
    expect(n).toBe(1);
  });

  it('nothing can be recorded on a cancelled meeting', async () => {
    const { meetingId: cancelledId, itemId: cancelledItem } = await aMaracWithItem(t, w, '2025-04-01T09:30:00Z');
    const cancelled = await t.gql(
      `mutation ($input: CancelMeetingInput!) { cancelMeeting(input: $input) { status cancellationReason } }`,
      {
        input: { meetingId: cancelledId, reason: 'Chair unavailable; cases moved to the next MARAC' },
      },
      { token: w.coordinator.token },
    );
    expect(cancelled.data.cancelMeeting).toEqual({ status: 'CANCELLED', cancellationReason: 'Chair unavailable; cases moved to the next MARAC' });
    const message = /This meeting was cancelled \(Chair unavailable; cases moved to the next MARAC\); nothing more can be recorded on it\./;
    refused(await chair(DECIDE, { agendaItemId: cancelledItem, kind: 'OTHER', text: 'Anything' }), 'CONFLICT', message);
    refused(
      await chair(PARTICIPATION, { agendaItemId: cancelledItem, entries: [{ personId: w.graceId, participation: 'ATTENDED', interpreterProvided: true }] }),
      'CONFLICT',
      message,
    );
    refused(
      await chair(AGREE, {
        agendaItemId: cancelledItem,
        description: 'x y z',
        owningAgencyId: w.agencies.csc.id,
        ownerUserId: w.social.id,
        subjectPersonId: w.graceId,
        dueOn: '2025-04-10',
      }),
      'CONFLICT',
      message,
    );
    refused(
      await chair(`mutation ($input: RecordRiskSummaryInput!) { recordRiskSummary(input: $input) { id } }`, {
        agendaItemId: cancelledItem,
        riskSummary: 'High',
      }),
      'CONFLICT',
      message,
    );
    refused(await t.gql(`mutation ($id: ID!) { holdMeeting(id: $id) { status } }`, { id: cancelledId }, { token: w.coordinator.token }), 'CONFLICT', message);
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM agenda_decision WHERE agenda_item_id = $1)::int + (SELECT count(*) FROM participation WHERE agenda_item_id = $1)::int
            + (SELECT count(*) FROM meeting_action WHERE agenda_item_id = $1)::int AS n, (SELECT risk_summary FROM agenda_item WHERE id = $1) AS risk`,
      [cancelledItem],
    );
    expect(row).toEqual({ n: 0, risk: null });
  });

  it('outcomes wait until the meeting has started', async () => {
    const { itemId: futureItem } = await aMaracWithItem(t, w, '2099-01-05T09:30:00Z');
    refused(await chair(DECIDE, { agendaItemId: futureItem, kind: 'OTHER', text: 'Too soon' }), 'CONFLICT', /record what happened once it has started/);
  });
});
