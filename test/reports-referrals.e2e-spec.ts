import { AgencyKind } from '../libs/access/src';
import { anAgency } from './support/factories';
import { aService, ReportWorld } from './support/report-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const COUNT = '{ value suppressed }';
const OUTCOMES = `query ($filters: ReportFiltersInput!) {
  referralOutcomes(filters: $filters) {
    suppressionApplied
    byServiceType {
      serviceType referrals ${COUNT} awaitingDecision ${COUNT} accepted ${COUNT} declined ${COUNT} withdrawn ${COUNT} acceptanceRate ${COUNT}
      declineReasons { eligibility ${COUNT} capacity ${COUNT} duplicate ${COUNT} notAppropriate ${COUNT} other ${COUNT} }
      engaged ${COUNT} completed ${COUNT} disengaged ${COUNT} completionRate ${COUNT} medianDaysToDecision ${COUNT} p90DaysToDecision ${COUNT}
    }
  }
}`;
const shown = (value: number) => ({ value, suppressed: false });
const SUPPRESSED = { value: null, suppressed: true };
const PERIOD = { from: '2025-01-01', to: '2025-03-31' };

describe('Referral outcomes by service type', () => {
  let t: TestApp;
  let w: ReportWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await ReportWorld.create(t);
    const programme = await anAgency(t, AgencyKind.PERPETRATOR_PROGRAMME_PROVIDER, `Caring Dads ${w.agencyA.id.slice(0, 6)}`);
    const serviceId = await aService(w, 'PERPETRATOR_PROGRAMME');
    const familyId = await w.family();
    const subjectId = await w.person({ gender: 'MALE' });
    const refer = (
      status: string,
      submittedOn: string,
      decidedAfterDays: number | null,
      options: { engaged?: boolean; declineReason?: string; fromAgencyId?: string; toAgencyId?: string } = {},
    ) =>
      t.dataSource.query(
        `INSERT INTO referral (family_id, subject_person_id, service_id, service_type, from_user_id, from_agency_id, to_agency_id, reason, consent, status,
                               referred_on, submitted_on, decided_on, first_engaged_on, last_changed_on, decline_reason, decline_criterion)
         VALUES ($1, $2, $3, (SELECT type FROM service WHERE id = $3), $4, $5, $6, 'Coercive control', 'GIVEN', $7, $8::date, $8::date, $8::date + $9::int,
                 CASE WHEN $10 THEN $8::date + $9::int + 7 END, $8::date, $11, CASE WHEN $11 = 'ELIGIBILITY' THEN 'Denies the abuse' END)`,
        [
          familyId,
          subjectId,
          serviceId,
          w.managerA.id,
          options.fromAgencyId ?? w.agencyA.id,
          options.toAgencyId ?? programme.id,
          status,
          submittedOn,
          decidedAfterDays,
          options.engaged ?? false,
          options.declineReason ?? null,
        ],
      );
    // Eight referrals of people causing harm to a behaviour-change programme, decided after 4, 6, 8, 12, 10 and 30 days.
    await refer('COMPLETED', '2025-01-06', 4, { engaged: true });
    await refer('COMPLETED', '2025-01-13', 6, { engaged: true });
    await refer('DISENGAGED', '2025-01-20', 8, { engaged: true });
    await refer('ACCEPTED', '2025-02-03', 12);
    await refer('DECLINED', '2025-02-10', 10, { declineReason: 'ELIGIBILITY' });
    await refer('DECLINED', '2025-02-17', 30, { declineReason: 'CAPACITY' });
    await refer('SUBMITTED', '2025-03-03', null);
    await refer('WITHDRAWN', '2025-03-10', null);
    // Not counted: before the period, and between two other agencies.
    await refer('ACCEPTED', '2024-12-02', 3);
    await refer('ACCEPTED', '2025-02-03', 3, { fromAgencyId: w.agencyB.id });
  });

  afterAll(() => t.close());

  it('gives a manager acceptance, decline reasons, engagement, completion and waiting times', async () => {
    const { data, errors } = await t.gql(OUTCOMES, { filters: { period: PERIOD } }, { token: w.managerA.token });
    expect(errors).toBeUndefined();
    expect(data.referralOutcomes.byServiceType).toEqual([
      {
        serviceType: 'PERPETRATOR_PROGRAMME',
        referrals: shown(8),
        awaitingDecision: shown(1),
        accepted: shown(4),
        declined: shown(2),
        withdrawn: shown(1),
        acceptanceRate: shown(0.667),
        declineReasons: { eligibility: shown(1), capacity: shown(1), duplicate: shown(0), notAppropriate: shown(0), other: shown(0) },
        engaged: shown(3),
        completed: shown(2),
        disengaged: shown(1),
        completionRate: shown(0.5),
        medianDaysToDecision: shown(9),
        p90DaysToDecision: shown(21),
      },
    ]);
  });

  it('suppresses small counts for an analyst but keeps waiting times drawn from five or more decisions', async () => {
    const { data, errors } = await t.gql(OUTCOMES, { filters: { period: PERIOD, agencyId: w.agencyA.id } }, { token: w.analyst.token });
    expect(errors).toBeUndefined();
    const [programme] = data.referralOutcomes.byServiceType;
    expect(programme).toMatchObject({
      referrals: shown(8),
      awaitingDecision: SUPPRESSED,
      accepted: SUPPRESSED,
      declined: SUPPRESSED,
      withdrawn: SUPPRESSED,
      acceptanceRate: SUPPRESSED,
      completed: SUPPRESSED,
      completionRate: SUPPRESSED,
      medianDaysToDecision: shown(9),
      p90DaysToDecision: shown(21),
    });
    expect(programme.declineReasons.eligibility).toEqual(SUPPRESSED);
  });

  it('exports the outcomes as a suppressed CSV, even for the manager', async () => {
    const res = await t.http.get(`/exports/referral-outcomes.csv?from=${PERIOD.from}&to=${PERIOD.to}`).set('authorization', `Bearer ${w.managerA.token}`);
    expect(res.status).toBe(200);
    const rows = res.text
      .trim()
      .split('\r\n')
      .map((line: string) => line.split(','));
    expect(rows[0]).toEqual(['service_type', 'measure', 'category', 'value', 'suppressed']);
    expect(rows).toContainEqual(['PERPETRATOR_PROGRAMME', 'referrals', '', '8', '']);
    expect(rows).toContainEqual(['PERPETRATOR_PROGRAMME', 'declined_by_reason', 'eligibility', 'fewer than 5 or withheld', 'true']);
    expect(rows).toContainEqual(['PERPETRATOR_PROGRAMME', 'acceptance_rate', '', 'withheld', 'true']);
    expect(rows).toContainEqual(['PERPETRATOR_PROGRAMME', 'median_days_to_decision', '', '9', '']);
  });

  it('refuses roles without report access', async () => {
    const { errors } = await t.gql(OUTCOMES, { filters: { period: PERIOD } }, { token: w.perpetratorWorker.token });
    expect(errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
