import { AgencyKind, Role } from '../libs/access/src';
import { anAgency, aUser, SignedInUser } from './support/factories';
import { daysAgo, FamilyStory, jobsSettled, RISK_SIGNALS, signalsOf, startAppWithJobs } from './support/family-story';
import { TestApp } from './support/test-app';

const ACKNOWLEDGE = `mutation ($id: ID!, $note: String!) {
  acknowledgeRiskSignal(id: $id, note: $note) { id state acknowledgement { by { displayName } note } } }`;
const SETTINGS = `query { signalSettings { key value defaultValue min max unit } }`;
const UPDATE_SETTINGS = `mutation ($input: UpdateSignalSettingsInput!) { updateSignalSettings(input: $input) { key value } }`;

/**
 * A coordinator's worklist: who sees which signals, who may acknowledge them, and the thresholds
 * behind them.
 */
describe('Risk signals: who sees them, acknowledging them, and their thresholds', () => {
  let t: TestApp;
  let social: SignedInUser; // allocated to the family
  let colleague: SignedInUser; // same agency, not allocated
  let manager: SignedInUser; // the family's agency
  let otherManager: SignedInUser; // another agency
  let admin: SignedInUser;
  let story: FamilyStory;
  let kai: string;
  let signalId: string;

  const list = (user: SignedInUser, filter: Record<string, unknown> = {}) => t.gql(RISK_SIGNALS, { filter }, { token: user.token });
  const state = async (id: string) => (await t.dataSource.query(`SELECT state FROM risk_signal WHERE id = $1`, [id]))[0].state;
  const events = async (id: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM risk_signal_event WHERE signal_id = $1`, [id]))[0].n;

  beforeAll(async () => {
    t = await startAppWithJobs();
    const csc = await anAgency(t, AgencyKind.CHILDRENS_SOCIAL_CARE);
    social = await aUser(t, [Role.CASE_PRACTITIONER], csc);
    colleague = await aUser(t, [Role.CASE_PRACTITIONER], csc);
    manager = await aUser(t, [Role.MANAGER], csc);
    otherManager = await aUser(t, [Role.MANAGER]);
    admin = await aUser(t, [Role.ADMIN], csc);
    story = await FamilyStory.begin(t, social, 'Revolving family');
    kai = await story.member('Kai', 'CHILD', '2015-01-01');
    const episode = await story.openEpisode(kai, 'EARLY_HELP', daysAgo(900));
    await story.step('up', episode, 'CIN', daysAgo(300));
    await story.step('down', episode, 'EARLY_HELP', daysAgo(200));
    await story.step('up', episode, 'CP_PLAN', daysAgo(100));
    await jobsSettled(t);
    [{ id: signalId }] = await signalsOf(t, social, story.familyId);
  });
  afterAll(() => t.close());

  it('the allocated practitioner and the agency manager see the signal; an unallocated colleague and another agency see nothing', async () => {
    for (const user of [social, manager]) {
      const result = await list(user, { familyId: story.familyId });
      expect(result.data.riskSignals.nodes).toMatchObject([{ id: signalId, kind: 'REVOLVING_DOOR', people: [{ givenName: 'Kai' }] }]);
    }
    for (const user of [colleague, otherManager]) {
      const result = await list(user);
      expect(result.errors).toBeUndefined();
      expect(result.data.riskSignals.nodes.map((s: any) => s.id)).not.toContain(signalId);
      expect((await list(user, { familyId: story.familyId })).data.riskSignals.nodes).toEqual([]);
    }
  });

  it('a DVA specialist with no co-work and a MARAC coordinator with no agendas see none; perpetrator workers, analysts, agency representatives and administrators may not ask', async () => {
    for (const role of [Role.DVA_SPECIALIST, Role.MARAC_COORDINATOR]) {
      const user = await aUser(t, [role]);
      expect((await list(user)).data.riskSignals.nodes).toEqual([]);
    }
    for (const role of [Role.PERPETRATOR_WORKER, Role.ANALYST, Role.AGENCY_REPRESENTATIVE, Role.ADMIN]) {
      const user = role === Role.ADMIN ? admin : await aUser(t, [role]);
      const result = await list(user);
      expect(result.errors![0].extensions.code).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
    }
  });

  it('a perpetrator worker opening the family by break-glass sees no signals on its timeline', async () => {
    const worker = await aUser(t, [Role.PERPETRATOR_WORKER]);
    const grant = await t.gql(
      `mutation ($input: RequestBreakGlassAccessInput!) { requestBreakGlassAccess(input: $input) { expiresAt } }`,
      { input: { subjectType: 'FAMILY', subjectId: story.familyId, reason: 'Assessing Kai’s father for the programme tonight' } },
      { token: worker.token },
    );
    expect(grant.errors).toBeUndefined();
    const timeline = `query ($id: ID!) { family(id: $id) { timeline(first: 20) { nodes { kind } } } }`;
    const seen = await t.gql(timeline, { id: story.familyId }, { token: worker.token });
    expect(seen.errors).toBeUndefined();
    expect(seen.data.family.timeline.nodes.map((n: any) => n.kind)).not.toContain('SIGNAL_RAISED');
    const bySocial = await t.gql(timeline, { id: story.familyId }, { token: social.token });
    expect(bySocial.data.family.timeline.nodes.map((n: any) => n.kind)).toContain('SIGNAL_RAISED');
  });

  it('refuses unknown kinds and a page cursor it did not give out', async () => {
    const unknown = await list(social, { kinds: ['MADE_UP'] });
    expect(unknown.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const cursor = await t.gql(RISK_SIGNALS, { after: 'not-a-cursor' }, { token: social.token });
    expect(cursor.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/^after:/) });
  });

  it('acknowledging a signal you cannot see, or without a note, writes nothing', async () => {
    const before = await events(signalId);
    const unseen = await t.gql(ACKNOWLEDGE, { id: signalId, note: 'Seen' }, { token: colleague.token });
    expect(unseen.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'id: no risk signal you can see has that id.' });
    const otherAgency = await t.gql(ACKNOWLEDGE, { id: signalId, note: 'Seen' }, { token: otherManager.token });
    expect(otherAgency.errors![0].extensions.code).toBe('NOT_FOUND');
    const blank = await t.gql(ACKNOWLEDGE, { id: signalId, note: '   ' }, { token: manager.token });
    expect(blank.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'note: say what is being done about it' });
    const analyst = await aUser(t, [Role.ANALYST]);
    expect((await t.gql(ACKNOWLEDGE, { id: signalId, note: 'Seen' }, { token: analyst.token })).errors![0].extensions.code).toBe('FORBIDDEN');
    expect(await state(signalId)).toBe('OPEN');
    expect(await events(signalId)).toBe(before);
  });

  it('the manager acknowledges it with a note: ACKNOWLEDGED, still on the worklist, once only', async () => {
    const acknowledged = await t.gql(ACKNOWLEDGE, { id: signalId, note: 'Discussed in supervision; CIN review brought forward' }, { token: manager.token });
    expect(acknowledged.errors).toBeUndefined();
    expect(acknowledged.data.acknowledgeRiskSignal).toMatchObject({
      state: 'ACKNOWLEDGED',
      acknowledgement: { by: { displayName: expect.stringMatching(/^Test MANAGER/) }, note: 'Discussed in supervision; CIN review brought forward' },
    });
    const worklist = await list(social, { familyId: story.familyId });
    expect(worklist.data.riskSignals.nodes).toMatchObject([{ id: signalId, state: 'ACKNOWLEDGED' }]);
    const twice = await t.gql(ACKNOWLEDGE, { id: signalId, note: 'Again' }, { token: social.token });
    expect(twice.errors![0].extensions.code).toBe('CONFLICT');
    const [audit] = await t.dataSource.query(`SELECT actor_user_id FROM audit_event WHERE action = 'risk_signal.acknowledge' AND subject_id = $1`, [signalId]);
    expect(audit.actor_user_id).toBe(manager.id);
    // Re-evaluation keeps the acknowledgement while the condition holds.
    await t.gql(
      `mutation ($input: RecordSocioEconomicContextInput!) { recordSocioEconomicContext(input: $input) { id } }`,
      { input: { familyId: story.familyId, recordedOn: daysAgo(1), housing: 'SECURE', employment: 'EMPLOYED' } },
      { token: social.token },
    );
    await jobsSettled(t);
    expect(await state(signalId)).toBe('ACKNOWLEDGED');
  });

  it('only an administrator reads and changes thresholds', async () => {
    const settings = await t.gql(SETTINGS, {}, { token: admin.token });
    expect(settings.data.signalSettings).toContainEqual({ key: 'POST_SEPARATION_CLOSURE_DAYS', value: 28, defaultValue: 28, min: 1, max: 365, unit: 'days' });
    expect(settings.data.signalSettings).toHaveLength(16);
    for (const user of [manager, social]) {
      expect((await t.gql(SETTINGS, {}, { token: user.token })).errors![0].extensions.code).toBe('FORBIDDEN');
      const change = await t.gql(UPDATE_SETTINGS, { input: { settings: [{ key: 'REVOLVING_DOOR_TRANSITIONS', value: 4 }] } }, { token: user.token });
      expect(change.errors![0].extensions.code).toBe('FORBIDDEN');
    }
  });

  it('refuses thresholds out of range (negative days, zero counts), unknown and repeated keys; nothing is written', async () => {
    const audited = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'signal_setting.update'`))[0].n;
    const before = await audited();
    const negative = await t.gql(
      UPDATE_SETTINGS,
      {
        input: {
          settings: [
            { key: 'REVOLVING_DOOR_TRANSITIONS', value: 4 },
            { key: 'POST_SEPARATION_CLOSURE_DAYS', value: -1 },
          ],
        },
      },
      { token: admin.token },
    );
    expect(negative.errors![0]).toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'settings.1.value', problems: ['POST_SEPARATION_CLOSURE_DAYS must be a whole number of days from 1 to 365'] }],
      },
    });
    const zero = await t.gql(UPDATE_SETTINGS, { input: { settings: [{ key: 'REVOLVING_DOOR_REOPENINGS', value: 0 }] } }, { token: admin.token });
    expect(zero.errors![0].message).toBe('settings.0.value: REVOLVING_DOOR_REOPENINGS must be a whole number from 1 to 50');
    const unknown = await t.gql(UPDATE_SETTINGS, { input: { settings: [{ key: 'MADE_UP', value: 3 }] } }, { token: admin.token });
    expect(unknown.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const repeated = await t.gql(
      UPDATE_SETTINGS,
      {
        input: {
          settings: [
            { key: 'RE_REFERRALS', value: 3 },
            { key: 'RE_REFERRALS', value: 4 },
          ],
        },
      },
      { token: admin.token },
    );
    expect(repeated.errors![0].message).toBe('settings.1.value: RE_REFERRALS is given more than once');
    const [{ value }] = await t.dataSource.query(`SELECT value FROM signal_setting WHERE key = 'REVOLVING_DOOR_TRANSITIONS'`);
    expect(value).toBe(3);
    expect(await audited()).toBe(before);
  });

  it('a changed threshold is audited with old and new values and re-evaluates: the signal resolves, and re-opens when it is set back', async () => {
    const raise = await t.gql(UPDATE_SETTINGS, { input: { settings: [{ key: 'REVOLVING_DOOR_TRANSITIONS', value: 4 }] } }, { token: admin.token });
    expect(raise.errors).toBeUndefined();
    expect(raise.data.updateSignalSettings).toContainEqual({ key: 'REVOLVING_DOOR_TRANSITIONS', value: 4 });
    const [audit] = await t.dataSource.query(`SELECT actor_user_id, detail FROM audit_event WHERE action = 'signal_setting.update' ORDER BY id DESC LIMIT 1`);
    expect(audit).toEqual({ actor_user_id: admin.id, detail: { changes: [{ key: 'REVOLVING_DOOR_TRANSITIONS', from: 3, to: 4 }] } });
    await jobsSettled(t);
    expect((await signalsOf(t, social, story.familyId))[0]).toMatchObject({ id: signalId, state: 'RESOLVED', resolution: 'AUTO' });

    await t.gql(UPDATE_SETTINGS, { input: { settings: [{ key: 'REVOLVING_DOOR_TRANSITIONS', value: 3 }] } }, { token: admin.token });
    await jobsSettled(t);
    const [reopened] = await signalsOf(t, social, story.familyId);
    expect(reopened).toMatchObject({ id: signalId, state: 'OPEN', resolvedAt: null, resolution: null, acknowledgement: null });
    expect(new Date(reopened.lastRaisedAt).getTime()).toBeGreaterThan(new Date(reopened.firstRaisedAt).getTime());
    const history = await t.dataSource.query(`SELECT kind FROM risk_signal_event WHERE signal_id = $1 ORDER BY occurred_at`, [signalId]);
    expect(history.map((e: { kind: string }) => e.kind)).toEqual(['RAISED', 'ACKNOWLEDGED', 'RESOLVED', 'REOPENED']);
  });
});
