import { Role } from '@waymark/access';
import { aUser } from './support/factories';
import { aChildEpisode, aService, ReportWorld } from './support/report-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const COUNT = '{ value suppressed }';
const AFTER = `{ reReferred ${COUNT} shareReReferred ${COUNT} newIncident ${COUNT} shareNewIncident ${COUNT} reconciliation ${COUNT} shareReconciliation ${COUNT} }`;
const REVOLVING = `query ($filters: ReportFiltersInput!) {
  revolvingDoor(filters: $filters) {
    suppressionApplied cscReferrals ${COUNT} reReferrals ${COUNT} reReferralRate ${COUNT}
    maracReferrals ${COUNT} repeatMaracReferrals ${COUNT} repeatMaracRate ${COUNT}
    episodesClosed ${COUNT} closedAfterSeparation ${COUNT} withinSixMonths ${AFTER} withinTwelveMonths ${AFTER}
  }
}`;
const shown = (value: number) => ({ value, suppressed: false });
const SUPPRESSED = { value: null, suppressed: true };
const PERIOD = { from: '2025-01-01', to: '2025-06-30' };

describe('Revolving door and closures', () => {
  let t: TestApp;
  let w: ReportWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await ReportWorld.create(t);
    const q = (sql: string, params: unknown[]) => t.dataSource.query(sql, params);
    const csc = await aService(w, 'CHILDRENS_SOCIAL_CARE');
    const maracService = await aService(w, 'MARAC');
    const familyId = await w.family();
    const refer = (serviceId: string, childId: string, on: string, repeat = false) =>
      q(
        `INSERT INTO referral (family_id, subject_person_id, service_id, service_type, from_user_id, from_agency_id, to_agency_id, reason, consent, status, referred_on, submitted_on, last_changed_on, is_repeat_marac)
         VALUES ($1, $2, $3, (SELECT type FROM service WHERE id = $3), $4, $5, $5, 'Concern', 'GIVEN', 'SUBMITTED', $6, $6, $6, $7)`,
        [familyId, childId, serviceId, w.managerA.id, w.agencyA.id, on, repeat],
      );
    // Referrals to CSC: Xavier three times in seven months (two re-referrals), Yusuf again after two years, Zara once.
    const [xavier, yusuf, zara, victim] = [await w.person(), await w.person(), await w.person(), await w.person()];
    await refer(csc, xavier, '2024-10-01');
    await refer(csc, xavier, '2025-02-01');
    await refer(csc, xavier, '2025-05-01');
    await refer(csc, yusuf, '2023-01-01');
    await refer(csc, yusuf, '2025-03-01');
    await refer(csc, zara, '2025-04-01');
    // Three MARAC referrals, one a repeat.
    await refer(maracService, victim, '2025-01-15');
    await refer(maracService, victim, '2025-03-15', true);
    await refer(maracService, await w.person(), '2025-04-15');

    // Closures: one on "parents separated", re-referred in May and an incident in December; one
    // closed two weeks after a recorded separation, and the couple reconciled a fortnight later;
    // one closed after assessment with no separation.
    const separatedFamily = await w.family();
    const first = await aChildEpisode(w, separatedFamily, { openedOn: '2024-09-01', closedOn: '2025-02-10', reason: 'RC7', subReason: 'PARENTS_SEPARATED' });
    await refer(csc, first.childId, '2025-05-01');
    await q(
      `INSERT INTO incident (family_id, occurred_on, reporting_agency_id, kind, description, recorded_by_user_id) VALUES ($1, '2025-12-01', $2, 'POLICE_DA_NOTIFICATION', 'Call-out', $3)`,
      [separatedFamily, w.agencyA.id, w.managerA.id],
    );
    const coupleFamily = await w.family();
    await aChildEpisode(w, coupleFamily, { openedOn: '2024-10-01', closedOn: '2025-03-15', reason: 'RC7' });
    const [mother, father] = [await w.person(), await w.person({ gender: 'MALE' })];
    const [rel] = await q(
      `INSERT INTO person_relationship (family_id, person_id, related_person_id, type, recorded_by_user_id) VALUES ($1, $2, $3, 'PARTNER', $4) RETURNING id`,
      [coupleFamily, mother, father, w.managerA.id],
    );
    for (const [status, on] of [
      ['SEPARATED', '2025-03-01'],
      ['RECONCILED', '2025-04-01'],
    ]) {
      await q(`INSERT INTO couple_status_event (relationship_id, family_id, status, occurred_on, recorded_by_user_id) VALUES ($1, $2, $3, $4, $5)`, [
        rel.id,
        coupleFamily,
        status,
        on,
        w.managerA.id,
      ]);
    }
    await aChildEpisode(w, await w.family(), { openedOn: '2025-03-01', closedOn: '2025-04-01', reason: 'RC8' });
  });

  afterAll(() => t.close());

  it('counts re-referrals, repeat MARACs, closures after separation and what followed', async () => {
    const { data, errors } = await t.gql(REVOLVING, { filters: { period: PERIOD } }, { token: w.managerA.token });
    expect(errors).toBeUndefined();
    expect(data.revolvingDoor).toEqual({
      suppressionApplied: false,
      cscReferrals: shown(5),
      reReferrals: shown(2),
      reReferralRate: shown(0.4),
      maracReferrals: shown(3),
      repeatMaracReferrals: shown(1),
      repeatMaracRate: shown(0.333),
      episodesClosed: shown(3),
      closedAfterSeparation: shown(2),
      withinSixMonths: {
        reReferred: shown(1),
        shareReReferred: shown(0.5),
        newIncident: shown(0),
        shareNewIncident: shown(0),
        reconciliation: shown(1),
        shareReconciliation: shown(0.5),
      },
      withinTwelveMonths: {
        reReferred: shown(1),
        shareReReferred: shown(0.5),
        newIncident: shown(1),
        shareNewIncident: shown(0.5),
        reconciliation: shown(1),
        shareReconciliation: shown(0.5),
      },
    });
  });

  it('suppresses the small figures for an analyst', async () => {
    const { data, errors } = await t.gql(REVOLVING, { filters: { period: PERIOD, agencyId: w.agencyA.id } }, { token: w.analyst.token });
    expect(errors).toBeUndefined();
    expect(data.revolvingDoor).toMatchObject({
      suppressionApplied: true,
      cscReferrals: shown(5),
      reReferrals: SUPPRESSED,
      reReferralRate: SUPPRESSED,
      maracReferrals: SUPPRESSED,
      episodesClosed: SUPPRESSED,
      closedAfterSeparation: SUPPRESSED,
    });
    expect(data.revolvingDoor.withinTwelveMonths.newIncident).toEqual(SUPPRESSED);
    expect(data.revolvingDoor.withinSixMonths.newIncident).toEqual(shown(0)); // a true zero is shown
  });

  it('is refused to a MARAC coordinator, whose reports are the MARAC dataset and participation audit', async () => {
    const { errors } = await t.gql(REVOLVING, { filters: { period: PERIOD } }, { token: w.coordinatorA.token });
    expect(errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it("gives a MARAC coordinator who is also an analyst the analyst's suppressed figures, not a coordinator's exact ones", async () => {
    const coordinatorAnalyst = await aUser(t, [Role.MARAC_COORDINATOR, Role.ANALYST], w.agencyA);
    const { data, errors } = await t.gql(REVOLVING, { filters: { period: PERIOD, agencyId: w.agencyA.id } }, { token: coordinatorAnalyst.token });
    expect(errors).toBeUndefined();
    expect(data.revolvingDoor).toMatchObject({ suppressionApplied: true, cscReferrals: shown(5), reReferrals: SUPPRESSED, maracReferrals: SUPPRESSED });
  });
});
