import { Role } from '../libs/access/src';
import { aUser, SignedInUser } from './support/factories';
import { AGREE, aMaracWithItem, SCHEDULE, maracWorld, MaracWorld } from './support/marac';
import { startTestApp, TestApp } from './support/test-app';

const REVIEW_LIST = `query ($id: ID!) {
  actionReview(meetingId: $id) { agendaItemId position familyName actions { agreedAtMeetingId agreedOn action { id description dueOn status } review { outcome previousDueOn newDueOn completedOn } } }
}`;
const REVIEW = `mutation ($input: ReviewActionInput!) { reviewAction(input: $input) { id outcome previousDueOn newDueOn completedOn } }`;
const REPORT = `query ($filters: ReportFiltersInput!) {
  actionReviewReport(filters: $filters) {
    suppressionApplied
    total { agreed { value suppressed } completedOnTime { value suppressed } completedLate { value suppressed } notDoneCircumstancesChanged { value suppressed }
            notDoneAgencyDidNotAct { value suppressed } closedOtherwise { value suppressed } stillOpen { value suppressed } }
    byAgency { agencyId agencyName agreed { value suppressed } completedOnTime { value } completedLate { value } notDoneAgencyDidNotAct { value } notDoneCircumstancesChanged { value } stillOpen { value } }
  }
}`;

/**
 * At the March MARAC the February MARAC's incomplete actions for the Okafor-Brown case come up for
 * review, each marked done, still open with a new date, or not done and why; the report counts them
 * by agency: on time, late, not done.
 */
describe('The action review at the next MARAC', () => {
  let t: TestApp;
  let w: MaracWorld;
  let previous: { meetingId: string; itemId: string };
  let current: { meetingId: string; itemId: string };
  const a: Record<string, string> = {};
  let analyst: SignedInUser;

  const as = (user: SignedInUser) => (query: string, variables: Record<string, unknown>) => t.gql(query, variables, { token: user.token });
  const reviews = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM action_review`))[0].n;
  const actionRow = async (id: string) =>
    (await t.dataSource.query(`SELECT status, due_on::text, completed_on::text FROM meeting_action WHERE id = $1`, [id]))[0];

  beforeAll(async () => {
    t = await startTestApp();
    w = await maracWorld(t);
    analyst = await aUser(t, [Role.ANALYST], w.agencies.health);
    previous = await aMaracWithItem(t, w, '2025-02-04T09:30:00Z');
    const agree = async (name: string, input: Record<string, unknown>) => {
      const made = await as(w.chair)(AGREE, { input: { agendaItemId: previous.itemId, ...input } });
      if (made.errors) throw new Error(JSON.stringify(made.errors));
      a[name] = made.data.agreeAction.id;
    };
    const idva = { owningAgencyId: w.agencies.idvaService.id, ownerUserId: w.idva.id };
    await agree('safetyPlan', { ...idva, description: 'Review the safety plan with Grace at the refuge', subjectPersonId: w.graceId, dueOn: '2025-02-18' });
    await agree('programme', {
      owningAgencyId: w.agencies.programme.id,
      ownerUserId: w.perpetratorWorker.id,
      description: 'Assess Dan for Caring Dads',
      subjectPersonId: w.danId,
      dueOn: '2025-03-01',
    });
    await agree('schoolCheck', {
      owningAgencyId: w.agencies.csc.id,
      ownerUserId: w.social.id,
      description: "Check Amara's nursery attendance",
      subjectPersonId: w.amaraId,
      dueOn: '2025-02-20',
    });
    await agree('bail', {
      owningAgencyId: w.agencies.police.id,
      externalOwnerName: 'DC Shah, Northside Police',
      description: "Flag Dan's bail conditions",
      subjectPersonId: w.danId,
      dueOn: '2025-02-28',
    });
    await agree('housing', { ...idva, description: 'Support Grace’s housing application', subjectPersonId: w.graceId, dueOn: '2025-02-25' });
    current = await aMaracWithItem(t, w);
  });
  afterAll(() => t.close());

  it('lists, for each case on this MARAC, the earlier MARAC’s incomplete actions', async () => {
    const list = await as(w.chair)(REVIEW_LIST, { id: current.meetingId });
    expect(list.errors).toBeUndefined();
    const [theCase] = list.data.actionReview;
    expect(theCase).toMatchObject({ agendaItemId: current.itemId, position: 1, familyName: 'Okafor-Brown family' });
    expect(theCase.actions.map((x: { action: { id: string } }) => x.action.id).sort()).toEqual(Object.values(a).sort());
    expect(theCase.actions.every((x: { review: unknown; agreedOn: string; agreedAtMeetingId: string }) => !x.review && x.agreedOn === '2025-02-04')).toBe(true);
    expect(theCase.actions[0].agreedAtMeetingId).toBe(previous.meetingId);
  });

  it('the perpetrator programme sees the review list without the text of actions about Grace', async () => {
    const list = await as(w.perpetratorWorker)(REVIEW_LIST, { id: current.meetingId });
    expect(list.errors).toBeUndefined();
    const actions = list.data.actionReview[0].actions.map((x: { action: { id: string; description: string | null } }) => x.action);
    expect(actions.find((x: { id: string }) => x.id === a.safetyPlan).description).toBeNull();
    expect(actions.find((x: { id: string }) => x.id === a.programme).description).toBe('Assess Dan for Caring Dads');
    expect(JSON.stringify(list.data)).not.toContain('refuge');
  });

  describe('bad input: coded errors, nothing written', () => {
    const bad: Array<[string, () => SignedInUser, () => Record<string, unknown>, string]> = [
      ['still open without a new date', () => w.chair, () => ({ actionId: a.schoolCheck, outcome: 'STILL_OPEN' }), 'BAD_USER_INPUT'],
      ['a new date before this meeting', () => w.chair, () => ({ actionId: a.schoolCheck, outcome: 'STILL_OPEN', newDueOn: '2025-03-01' }), 'BAD_USER_INPUT'],
      ['not done, without saying why', () => w.chair, () => ({ actionId: a.programme, outcome: 'NOT_DONE_AGENCY_DID_NOT_ACT' }), 'BAD_USER_INPUT'],
      ['done, with a new date', () => w.chair, () => ({ actionId: a.bail, outcome: 'DONE', newDueOn: '2025-04-01' }), 'BAD_USER_INPUT'],
      ['done before it was agreed', () => w.chair, () => ({ actionId: a.bail, outcome: 'DONE', completedOn: '2025-02-01' }), 'BAD_USER_INPUT'],
      ['an action not up for review here', () => w.chair, () => ({ actionId: '00000000-0000-4000-8000-000000000000', outcome: 'DONE' }), 'NOT_FOUND'],
      ['reviewed by an attending agency', () => w.idva, () => ({ actionId: a.safetyPlan, outcome: 'DONE' }), 'FORBIDDEN'],
    ];
    it.each(bad)('%s', async (_name, user, input, code) => {
      const before = [await reviews(), await actionRow(a.schoolCheck), await actionRow(a.bail)];
      const result = await as(user())(REVIEW, { input: { meetingId: current.meetingId, ...input() } });
      expect(result.errors?.[0].extensions.code).toBe(code);
      expect([await reviews(), await actionRow(a.schoolCheck), await actionRow(a.bail)]).toEqual(before);
    });

    it('a review on a MARAC not yet held', async () => {
      const future = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
      const scheduled = await as(w.coordinator)(SCHEDULE, {
        input: { type: 'MARAC', title: 'Next MARAC', startsAt: `${future}T09:30:00Z`, chairUserId: w.chair.id, invitedAgencyIds: [w.agencies.idvaService.id] },
      });
      const before = await reviews();
      const result = await as(w.chair)(REVIEW, { input: { meetingId: scheduled.data.scheduleMeeting.id, actionId: a.bail, outcome: 'DONE' } });
      expect(result.errors?.[0].extensions.code).toBe('CONFLICT');
      expect(result.errors?.[0].message).toContain('once it has started');
      expect(await reviews()).toBe(before);
    });
  });

  it('the chair marks each: done (late and on time), still open with a new date, not done for either reason', async () => {
    const review = async (input: Record<string, unknown>) => {
      const result = await as(w.chair)(REVIEW, { input: { meetingId: current.meetingId, ...input } });
      expect(result.errors).toBeUndefined();
      return result.data.reviewAction;
    };
    expect(await review({ actionId: a.safetyPlan, outcome: 'DONE', completedOn: '2025-02-25', note: 'Plan reviewed' })).toMatchObject({
      previousDueOn: '2025-02-18',
      completedOn: '2025-02-25',
    });
    expect(await review({ actionId: a.bail, outcome: 'DONE', completedOn: '2025-02-27' })).toMatchObject({ completedOn: '2025-02-27' });
    expect(await review({ actionId: a.schoolCheck, outcome: 'STILL_OPEN', newDueOn: '2025-04-01' })).toMatchObject({
      previousDueOn: '2025-02-20',
      newDueOn: '2025-04-01',
      completedOn: null,
    });
    await review({ actionId: a.programme, outcome: 'NOT_DONE_AGENCY_DID_NOT_ACT', note: 'No assessment offered' });
    await review({ actionId: a.housing, outcome: 'NOT_DONE_CIRCUMSTANCES_CHANGED', note: 'Grace moved out of the area' });

    expect(await actionRow(a.safetyPlan)).toEqual({ status: 'DONE', due_on: '2025-02-18', completed_on: '2025-02-25' });
    expect(await actionRow(a.schoolCheck)).toEqual({ status: 'OPEN', due_on: '2025-04-01', completed_on: null });
    expect((await actionRow(a.programme)).status).toBe('CANCELLED');
    const again = await as(w.chair)(REVIEW, { input: { meetingId: current.meetingId, actionId: a.schoolCheck, outcome: 'DONE' } });
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
    const list = await as(w.coordinator)(REVIEW_LIST, { id: current.meetingId });
    const outcomes = Object.fromEntries(
      list.data.actionReview[0].actions.map((x: { action: { id: string }; review: { outcome: string } }) => [x.action.id, x.review.outcome]),
    );
    expect(outcomes).toEqual({
      [a.safetyPlan]: 'DONE',
      [a.bail]: 'DONE',
      [a.schoolCheck]: 'STILL_OPEN',
      [a.programme]: 'NOT_DONE_AGENCY_DID_NOT_ACT',
      [a.housing]: 'NOT_DONE_CIRCUMSTANCES_CHANGED',
    });
  });

  it('the report counts actions on time, late and not done, by agency, against the date first agreed', async () => {
    const filters = { period: { from: '2025-02-01', to: '2025-02-28' } };
    const report = await as(w.coordinator)(REPORT, { filters });
    expect(report.errors).toBeUndefined();
    const { total, byAgency, suppressionApplied } = report.data.actionReviewReport;
    expect(suppressionApplied).toBe(false);
    const values = (row: Record<string, { value: number }>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v.value]));
    expect(values(total)).toEqual({
      agreed: 5,
      completedOnTime: 1,
      completedLate: 1,
      notDoneCircumstancesChanged: 1,
      notDoneAgencyDidNotAct: 1,
      closedOtherwise: 0,
      stillOpen: 1,
    });
    const idva = byAgency.find((row: { agencyId: string }) => row.agencyId === w.agencies.idvaService.id);
    expect(idva).toMatchObject({ agreed: { value: 2 }, completedLate: { value: 1 }, notDoneCircumstancesChanged: { value: 1 } });
    const programme = byAgency.find((row: { agencyId: string }) => row.agencyId === w.agencies.programme.id);
    expect(programme).toMatchObject({ agreed: { value: 1 }, notDoneAgencyDidNotAct: { value: 1 } });
    const csc = byAgency.find((row: { agencyId: string }) => row.agencyId === w.agencies.csc.id);
    expect(csc).toMatchObject({ stillOpen: { value: 1 } });

    // The March MARAC agreed none: an empty period, not an error.
    const march = await as(w.coordinator)(REPORT, { filters: { period: { from: '2025-03-01', to: '2025-03-31' } } });
    expect(march.data.actionReviewReport.total.agreed.value).toBe(0);
  });

  it('an analyst sees the same report with small numbers suppressed; an agency representative not at all', async () => {
    const report = await as(analyst)(REPORT, { filters: { period: { from: '2025-02-01', to: '2025-02-28' }, agencyId: w.agencies.safety.id } });
    expect(report.errors).toBeUndefined();
    expect(report.data.actionReviewReport.suppressionApplied).toBe(true);
    expect(report.data.actionReviewReport.total.agreed).toEqual({ value: 5, suppressed: false });
    expect(report.data.actionReviewReport.total.completedLate).toEqual({ value: null, suppressed: true });
    const refused = await as(w.idva)(REPORT, { filters: { period: { from: '2025-02-01', to: '2025-02-28' } } });
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const backwards = await as(w.coordinator)(REPORT, { filters: { period: { from: '2025-02-28', to: '2025-02-01' } } });
    expect(backwards.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
