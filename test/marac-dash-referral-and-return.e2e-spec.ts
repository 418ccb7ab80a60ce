import { Role } from '../libs/access/src';
import { aUser, SignedInUser } from './support/factories';
import { aMaracWithItem, maracWorld, MaracWorld } from './support/marac';
import { DASH } from './support/referral-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const RECORD_DASH = `mutation ($input: RecordRiskAssessmentInput!) { recordRiskAssessment(input: $input) { id score } }`;
const FROM_DASH = `mutation ($input: ReferToMaracFromRiskAssessmentInput!) {
  referToMaracFromRiskAssessment(input: $input) {
    id status familyId subjectPersonId reason consent lawfulBasis submittedOn riskAssessmentId dashScore maracCriteria isRepeatMarac hiddenFields
    maracCriteriaChecks { criterion met explanation evidence { kind recordId date summary } }
  }
}`;

const parse = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));

/**
 * A MARAC referral made from a recorded DASH carries its score, the criteria and their evidence, and
 * the consent or lawful basis, with nothing typed twice; and the SafeLives data return counts the
 * MARAC's cases, exact for its coordinator and suppressed for an analyst.
 */
describe('DASH to MARAC on the server, and the SafeLives data return', () => {
  let t: TestApp;
  let w: MaracWorld;
  let analyst: SignedInUser;
  let dashId: string;
  let otherServiceId: string;

  const as = (user: SignedInUser) => (query: string, variables: Record<string, unknown>) => t.gql(query, variables, { token: user.token });
  const referrals = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM referral WHERE subject_person_id = $1`, [w.graceId]))[0].n;
  const download = (path: string, token?: string) => {
    const req = t.http
      .get(path)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done(null, text));
      });
    return token ? req.set('authorization', `Bearer ${token}`) : req;
  };

  beforeAll(async () => {
    t = await startTestApp();
    w = await maracWorld(t);
    analyst = await aUser(t, [Role.ANALYST], w.agencies.health);
    await aMaracWithItem(t, w, '2025-02-04T09:30:00Z');
    await aMaracWithItem(t, w, '2025-03-04T09:30:00Z');
    const dash = await as(w.social)(RECORD_DASH, {
      input: { familyId: w.familyId, victimPersonId: w.graceId, personCausingHarmId: w.danId, assessedOn: '2025-05-01', answers: DASH(16), judgement: 'HIGH' },
    });
    if (dash.errors) throw new Error(JSON.stringify(dash.errors));
    dashId = dash.data.recordRiskAssessment.id;
    otherServiceId = (
      await t.dataSource.query(`INSERT INTO service (agency_id, name, type) VALUES ($1, $2, 'IDVA') RETURNING id`, [
        w.agencies.idvaService.id,
        `IDVA ${dashId}`,
      ])
    )[0].id;
  });
  afterAll(() => t.close());

  describe('bad input: coded errors, nothing written', () => {
    const bad: Array<[string, () => SignedInUser, () => Record<string, unknown>, string]> = [
      ['consent not sought, with no lawful basis', () => w.social, () => ({ consent: 'NOT_SOUGHT' }), 'BAD_USER_INPUT'],
      ['a service that is not a MARAC', () => w.social, () => ({ serviceId: otherServiceId }), 'BAD_USER_INPUT'],
      ['made before the assessment', () => w.social, () => ({ occurredOn: '2025-04-30' }), 'BAD_USER_INPUT'],
      ['an assessment that does not exist', () => w.social, () => ({ riskAssessmentId: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND'],
      ['by the perpetrator worker, who does not judge MARAC criteria', () => w.perpetratorWorker, () => ({}), 'FORBIDDEN'],
    ];
    it.each(bad)('%s', async (_name, user, change, code) => {
      const before = await referrals();
      const result = await as(user())(FROM_DASH, {
        input: { riskAssessmentId: dashId, serviceId: w.maracServiceId, consent: 'GIVEN', occurredOn: '2025-05-02', ...change() },
      });
      expect(result.errors?.[0].extensions.code).toBe(code);
      expect(await referrals()).toBe(before);
    });
  });

  it('the referral takes the family, victim, score, criteria with evidence and lawful basis from the DASH', async () => {
    const made = await as(w.social)(FROM_DASH, {
      input: {
        riskAssessmentId: dashId,
        serviceId: w.maracServiceId,
        consent: 'REFUSED',
        lawfulBasis: 'PREVENTING_SERIOUS_HARM',
        additionalInformation: 'Grace is frightened of the handover on Saturday.',
        occurredOn: '2025-05-02',
      },
    });
    expect(made.errors).toBeUndefined();
    const referral = made.data.referToMaracFromRiskAssessment;
    expect(referral).toMatchObject({
      status: 'SUBMITTED',
      familyId: w.familyId,
      subjectPersonId: w.graceId,
      consent: 'REFUSED',
      lawfulBasis: 'PREVENTING_SERIOUS_HARM',
      submittedOn: '2025-05-02',
      riskAssessmentId: dashId,
      dashScore: 16,
      isRepeatMarac: true,
      hiddenFields: [],
    });
    expect(referral.maracCriteria).toEqual(['VISIBLE_HIGH_RISK', 'PROFESSIONAL_JUDGEMENT', 'REPEAT']);
    const high = referral.maracCriteriaChecks.find((c: { criterion: string }) => c.criterion === 'VISIBLE_HIGH_RISK');
    expect(high).toMatchObject({ met: true, evidence: [{ kind: 'RISK_ASSESSMENT', recordId: dashId, date: '2025-05-01' }] });
    expect(referral.maracCriteriaChecks.find((c: { criterion: string }) => c.criterion === 'REPEAT').evidence).toHaveLength(2);
    expect(referral.reason).toContain('DASH of 2025-05-01: 16 of 24 answered yes, judged high; harm from Dan Brown.');
    expect(referral.reason).toContain('Grace is frightened of the handover on Saturday.');
    // The MARAC's coordinator reads the same, criteria and evidence included.
    const read = await as(w.coordinator)(`query ($id: ID!) { referral(id: $id) { dashScore maracCriteriaChecks { criterion } } }`, { id: referral.id });
    expect(read.data.referral).toEqual({
      dashScore: 16,
      maracCriteriaChecks: referral.maracCriteriaChecks.map((c: { criterion: string }) => ({ criterion: c.criterion })),
    });
  });

  it('an older DASH is not the current risk: refused while a later one is recorded', async () => {
    const later = await as(w.social)(RECORD_DASH, {
      input: { familyId: w.familyId, victimPersonId: w.graceId, personCausingHarmId: w.danId, assessedOn: '2025-05-05', answers: DASH(18), judgement: 'HIGH' },
    });
    expect(later.errors).toBeUndefined();
    const before = await referrals();
    const result = await as(w.social)(FROM_DASH, {
      input: { riskAssessmentId: dashId, serviceId: w.maracServiceId, consent: 'GIVEN', occurredOn: '2025-05-06' },
    });
    expect(result.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(result.errors?.[0].message).toContain('2025-05-05');
    expect(await referrals()).toBe(before);
  });

  it('the coordinator downloads the SafeLives data return for the quarter, exact', async () => {
    const res = await download('/exports/marac-data-return.csv?from=2025-02-01&to=2025-03-31', w.coordinator.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain('marac-data-return-2025-02-01-2025-03-31.csv');
    const [header, row] = parse(res.body);
    const figures = Object.fromEntries(header.map((column, i) => [column, row[i]]));
    expect(figures).toMatchObject({
      period_from: '2025-02-01',
      period_to: '2025-03-31',
      cases_discussed: '2',
      repeat_cases: '1',
      cases_with_children: '2',
      children_in_households: '2',
      referrals_from_childrens_social_care: '2',
      referrals_from_police: '0',
      referrals_from_not_recorded: '0',
      victims: '2',
      victims_male: '0',
      victims_disabled: '0',
      victims_from_minoritised_groups: '2',
      victims_lgbt_plus: 'not recorded',
    });
  });

  it('an analyst’s return suppresses small numbers as "fewer than 5"; true zeros stay 0', async () => {
    const res = await download(`/exports/marac-data-return.csv?from=2025-02-01&to=2025-03-31&agencyId=${w.agencies.safety.id}`, analyst.token);
    expect(res.status).toBe(200);
    const [header, row] = parse(res.body);
    const figures = Object.fromEntries(header.map((column, i) => [column, row[i]]));
    expect(figures).toMatchObject({
      cases_discussed: 'fewer than 5 or withheld',
      repeat_cases: 'fewer than 5 or withheld',
      children_in_households: 'fewer than 5 or withheld',
      referrals_from_childrens_social_care: 'fewer than 5 or withheld',
      referrals_from_police: '0',
      victims_from_minoritised_groups: 'fewer than 5 or withheld',
      victims_male: '0',
    });
    expect(res.body).not.toMatch(/,2,|,1,/);
  });

  it('refuses those who may not export it, and a period that runs backwards', async () => {
    const rep = await download('/exports/marac-data-return.csv?from=2025-02-01&to=2025-03-31', w.idva.token);
    expect(rep.status).toBe(403);
    expect(JSON.parse(rep.body).errors[0].extensions.code).toBe('FORBIDDEN');
    const backwards = await download('/exports/marac-data-return.csv?from=2025-03-31&to=2025-02-01', w.coordinator.token);
    expect(backwards.status).toBe(400);
    expect(JSON.parse(backwards.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
