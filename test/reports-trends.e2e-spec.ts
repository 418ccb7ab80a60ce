import { aChildEpisode, aService, ReportWorld } from './support/report-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const COUNT = '{ value suppressed }';
const REVOLVING_TREND = `query ($filters: ReportFiltersInput!) {
  revolvingDoorTrend(filters: $filters) {
    from to suppressionApplied
    months { month cscReferrals ${COUNT} reReferrals ${COUNT} reReferralRate ${COUNT} maracReferrals ${COUNT} repeatMaracReferrals ${COUNT}
             repeatMaracRate ${COUNT} episodesClosed ${COUNT} closedAfterSeparation ${COUNT} }
  }
}`;
const REVOLVING = `query ($filters: ReportFiltersInput!) {
  revolvingDoor(filters: $filters) { cscReferrals { value } reReferrals { value } maracReferrals { value } repeatMaracReferrals { value } episodesClosed { value } closedAfterSeparation { value } }
}`;
const SIGNALS_TREND = `query ($filters: ReportFiltersInput!) {
  openSignalsTrend(filters: $filters) { suppressionApplied months { month asOf open ${COUNT} raised ${COUNT} } }
}`;
const shown = (value: number | null) => ({ value, suppressed: false });
const SMALL = { value: null, suppressed: true };
const PERIOD = { from: '2025-01-01', to: '2025-04-30' };

describe('Trends: the revolving door and open signals, month by month', () => {
  let t: TestApp;
  let w: ReportWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await ReportWorld.create(t);
    const q = (sql: string, params: unknown[]) => t.dataSource.query(sql, params);
    const csc = await aService(w, 'CHILDRENS_SOCIAL_CARE');
    const marac = await aService(w, 'MARAC');
    const familyId = await w.family();
    const refer = (serviceId: string, childId: string, on: string, repeat = false, fromAgencyId = w.agencyA.id) =>
      q(
        `INSERT INTO referral (family_id, subject_person_id, service_id, service_type, from_user_id, from_agency_id, to_agency_id, reason, consent, status, referred_on, submitted_on, last_changed_on, is_repeat_marac)
         VALUES ($1, $2, $3, (SELECT type FROM service WHERE id = $3), $4, $5, $5, 'Concern', 'GIVEN', 'SUBMITTED', $6, $6, $6, $7)`,
        [familyId, childId, serviceId, w.managerA.id, fromAgencyId, on, repeat],
      );
    // January: six children referred to CSC for the first time. February: two of them again (re-referrals).
    const children = [];
    for (let i = 0; i < 6; i++) children.push(await w.person({ dateOfBirth: '2018-01-01' }));
    for (const [i, child] of children.entries()) await refer(csc, child, `2025-01-${String(10 + i).padStart(2, '0')}`);
    await refer(csc, children[0], '2025-02-03');
    await refer(csc, children[1], '2025-02-17');
    // Another agency's referral in January: not agency A's.
    await refer(csc, await w.person(), '2025-01-20', false, w.agencyB.id);
    // April: a repeat MARAC referral. February: a case closed when the parents separated; March: one closed after assessment.
    await refer(marac, await w.person(), '2025-04-08', true);
    await aChildEpisode(w, await w.family(), { openedOn: '2024-06-01', closedOn: '2025-02-12', reason: 'RC7', subReason: 'PARENTS_SEPARATED' });
    await aChildEpisode(w, await w.family(), { openedOn: '2025-03-01', closedOn: '2025-03-20', reason: 'RC8' });

    // Signals on agency A's families, with their history: one raised in January, resolved in March
    // and re-opened in April; one raised in February; one from December with no recorded history;
    // five raised in March. One on agency B's family, not counted.
    const signal = async (key: string, events: Array<[string, string]>, options: { state?: string; agencyId?: string; raised?: string } = {}) => {
      const family = await w.family(options.agencyId);
      const [row] = await q(
        `INSERT INTO risk_signal (kind, family_id, subject_key, severity, state, first_raised_at) VALUES ('REVOLVING_DOOR', $1, $2, 'MEDIUM', $3, $4) RETURNING id`,
        [family, key, options.state ?? 'OPEN', options.raised ?? events[0][1]],
      );
      for (const [kind, at] of events)
        await q(`INSERT INTO risk_signal_event (signal_id, family_id, kind, occurred_at) VALUES ($1, $2, $3, $4)`, [row.id, family, kind, at]);
    };
    await signal('turning', [
      ['RAISED', '2025-01-10T09:00:00Z'],
      ['ACKNOWLEDGED', '2025-01-12T09:00:00Z'],
      ['RESOLVED', '2025-03-05T09:00:00Z'],
      ['REOPENED', '2025-04-02T09:00:00Z'],
    ]);
    await signal('february', [['RAISED', '2025-02-20T09:00:00Z']]);
    await signal('no-history', [], { raised: '2024-12-01T09:00:00Z' });
    for (let i = 0; i < 5; i++) await signal(`march-${i}`, [['RAISED', `2025-03-${String(10 + i)}T09:00:00Z`]]);
    await signal('this-week', [], { raised: new Date(Date.now() - 2 * 86_400_000).toISOString() });
    await signal('elsewhere', [['RAISED', '2025-01-05T09:00:00Z']], { agencyId: w.agencyB.id });
  });

  afterAll(() => t.close());

  it('gives a manager each month of the period, empty months included, exactly', async () => {
    const { data, errors } = await t.gql(REVOLVING_TREND, { filters: { period: PERIOD } }, { token: w.managerA.token });
    expect(errors).toBeUndefined();
    const trend = data.revolvingDoorTrend;
    expect(trend).toMatchObject({ from: '2025-01-01', to: '2025-04-30', suppressionApplied: false });
    expect(trend.months.map((m: any) => [m.month, m.cscReferrals.value, m.reReferrals.value, m.maracReferrals.value, m.repeatMaracReferrals.value])).toEqual([
      ['2025-01-01', 6, 0, 0, 0],
      ['2025-02-01', 2, 2, 0, 0],
      ['2025-03-01', 0, 0, 0, 0],
      ['2025-04-01', 0, 0, 1, 1],
    ]);
    expect(trend.months[1].reReferralRate).toEqual(shown(1));
    expect(trend.months[2].reReferralRate).toEqual(shown(null)); // nothing to divide by: not 0
    expect(trend.months.map((m: any) => [m.episodesClosed.value, m.closedAfterSeparation.value])).toEqual([
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 0],
    ]);
  });

  it('agrees with the period report month by month', async () => {
    const trend = (await t.gql(REVOLVING_TREND, { filters: { period: PERIOD } }, { token: w.managerA.token })).data.revolvingDoorTrend;
    const period = (await t.gql(REVOLVING, { filters: { period: PERIOD } }, { token: w.managerA.token })).data.revolvingDoor;
    for (const field of ['cscReferrals', 'reReferrals', 'maracReferrals', 'repeatMaracReferrals', 'episodesClosed', 'closedAfterSeparation']) {
      expect([field, trend.months.reduce((sum: number, m: any) => sum + m[field].value, 0)]).toEqual([field, period[field].value]);
    }
    const february = (await t.gql(REVOLVING, { filters: { period: { from: '2025-02-01', to: '2025-02-28' } } }, { token: w.managerA.token })).data
      .revolvingDoor;
    expect(february.cscReferrals.value).toBe(trend.months[1].cscReferrals.value);
  });

  it('counts open signals at each month end from their history, and those first raised in the month', async () => {
    const { data, errors } = await t.gql(SIGNALS_TREND, { filters: { period: PERIOD } }, { token: w.managerA.token });
    expect(errors).toBeUndefined();
    expect(data.openSignalsTrend.months.map((m: any) => [m.month, m.asOf, m.open.value, m.raised.value])).toEqual([
      ['2025-01-01', '2025-01-31', 2, 1], // turning, no-history (raised before the period)
      ['2025-02-01', '2025-02-28', 3, 1], // + february
      ['2025-03-01', '2025-03-31', 7, 5], // turning resolved; the five of March
      ['2025-04-01', '2025-04-30', 8, 0], // turning re-opened: not first raised again
    ]);
  });

  it("suppresses an analyst's small figures as small numbers, never as 0", async () => {
    const revolving = await t.gql(REVOLVING_TREND, { filters: { period: PERIOD, agencyId: w.agencyA.id } }, { token: w.analyst.token });
    expect(revolving.errors).toBeUndefined();
    const [january, february, march] = revolving.data.revolvingDoorTrend.months;
    expect(revolving.data.revolvingDoorTrend.suppressionApplied).toBe(true);
    expect(january.cscReferrals).toEqual(shown(6));
    expect(january.reReferrals).toEqual(shown(0)); // a true zero is shown
    expect(february.cscReferrals).toEqual(SMALL);
    expect(february.reReferrals).toEqual(SMALL);
    expect(february.reReferralRate).toEqual(SMALL);
    expect(march.episodesClosed).toEqual(SMALL);
    expect(march.closedAfterSeparation).toEqual(shown(0));

    const partnership = await t.gql(REVOLVING_TREND, { filters: { period: PERIOD } }, { token: w.analyst.token });
    // January across the partnership: 6 of agency A and 1 of agency B, no re-referrals.
    expect(partnership.data.revolvingDoorTrend.months[0].cscReferrals.value).toBeGreaterThanOrEqual(7);

    const signals = await t.gql(SIGNALS_TREND, { filters: { period: PERIOD, agencyId: w.agencyA.id } }, { token: w.analyst.token });
    expect(signals.errors).toBeUndefined();
    expect(signals.data.openSignalsTrend.months.map((m: any) => [m.open, m.raised])).toEqual([
      [SMALL, SMALL],
      [SMALL, SMALL],
      [shown(7), shown(5)],
      [shown(8), shown(0)],
    ]);
  });

  it('lists the signals behind each figure of the signals overview (kind by age since first raised)', async () => {
    const overview = await t.gql(`{ signalsOverview { byKind { kind underOneWeek { value } overThreeMonths { value } } } }`, {}, { token: w.managerA.token });
    const door = overview.data.signalsOverview.byKind.find((k: any) => k.kind === 'REVOLVING_DOOR');
    expect([door.underOneWeek.value, door.overThreeMonths.value]).toEqual([1, 8]);
    const list = (firstRaised: string) =>
      t.gql(
        `query ($filter: RiskSignalFilter) { riskSignals(filter: $filter, first: 50) { nodes { kind firstRaisedAt } } }`,
        { filter: { kinds: ['REVOLVING_DOOR'], firstRaised } },
        { token: w.managerA.token },
      );
    const recent = await list('UNDER_ONE_WEEK');
    expect(recent.errors).toBeUndefined();
    expect(recent.data.riskSignals.nodes).toHaveLength(1);
    expect((await list('OVER_THREE_MONTHS')).data.riskSignals.nodes).toHaveLength(8);
    expect((await list('ONE_TO_FOUR_WEEKS')).data.riskSignals.nodes).toHaveLength(0);
  });

  it("keeps a manager to their own agency and refuses everyone else's roles", async () => {
    const other = await t.gql(SIGNALS_TREND, { filters: { period: PERIOD } }, { token: w.managerB.token });
    expect(other.data.openSignalsTrend.months.map((m: any) => m.open.value)).toEqual([1, 1, 1, 1]); // only agency B's
    const named = await t.gql(REVOLVING_TREND, { filters: { period: PERIOD, agencyId: w.agencyA.id } }, { token: w.managerB.token });
    expect(named.errors?.[0].extensions.code).toBe('FORBIDDEN');
    for (const user of [w.coordinatorA, w.practitionerA, w.perpetratorWorker]) {
      for (const query of [REVOLVING_TREND, SIGNALS_TREND]) {
        const { errors } = await t.gql(query, { filters: { period: PERIOD } }, { token: user.token });
        expect(errors?.[0].extensions.code).toBe('FORBIDDEN');
      }
    }
    const anonymous = await t.gql(SIGNALS_TREND, { filters: { period: PERIOD } });
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a period that runs backwards or is too long, naming the field', async () => {
    const backwards = await t.gql(REVOLVING_TREND, { filters: { period: { from: '2025-04-01', to: '2025-03-01' } } }, { token: w.managerA.token });
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const long = await t.gql(SIGNALS_TREND, { filters: { period: { from: '2020-01-01', to: '2025-01-01' } } }, { token: w.managerA.token });
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
