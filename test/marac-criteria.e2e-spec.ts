import { AgencyKind, Role } from '../libs/access/src';
import { anAgency, aUser } from './support/factories';
import { aFamilyWithParents, aPartnership, change, CREATE_REFERRAL, DASH, daysBefore, FamilyFixture, Partnership } from './support/referral-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const CRITERIA = `query ($victimId: ID!, $asOf: LocalDate) { maracCriteria(victimId: $victimId, asOf: $asOf) {
  victimPersonId asOf criteriaMet isRepeat checks { criterion met explanation evidence { kind recordId date summary } } } }`;
const AS_OF = '2025-06-01';

describe('MARAC referral criteria and repeats', () => {
  let t: TestApp;
  let p: Partnership;
  let policeId: string;

  const newFamily = () => aFamilyWithParents(t, p.social);
  const criteria = async (victimId: string, asOf: string | null = AS_OF, app = t) => {
    const result = await app.gql(CRITERIA, { victimId, asOf }, { token: p.social.token });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data.maracCriteria;
  };
  type Check = { criterion: string; met: boolean; explanation: string; evidence: Array<Record<string, unknown>> };
  const check = (report: { checks: Check[] }, criterion: string): Check => report.checks.find((c) => c.criterion === criterion)!;
  const recordDash = async (family: FamilyFixture, yes: number, judgement: string, assessedOn: string) => {
    const result = await t.gql(
      `mutation ($input: RecordRiskAssessmentInput!) { recordRiskAssessment(input: $input) { id } }`,
      {
        input: { familyId: family.familyId, victimPersonId: family.motherId, personCausingHarmId: family.fatherId, assessedOn, answers: DASH(yes), judgement },
      },
      { token: p.social.token },
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data.recordRiskAssessment.id as string;
  };
  const recordIncident = async (family: FamilyFixture, occurredOn: string, motherRole = 'ADULT_VICTIM') => {
    const result = await t.gql(
      `mutation ($input: RecordIncidentInput!) { recordIncident(input: $input) { id } }`,
      {
        input: {
          familyId: family.familyId,
          occurredOn,
          reportingAgencyId: policeId,
          kind: 'POLICE_DA_NOTIFICATION',
          description: 'Officers attended a verbal argument',
          people: [
            { personId: family.motherId, role: motherRole },
            { personId: family.fatherId, role: 'PERSON_CAUSING_HARM' },
          ],
        },
      },
      { token: p.social.token },
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data.recordIncident.id as string;
  };
  const referToMarac = (family: FamilyFixture, occurredOn: string, extra: Record<string, unknown> = {}) =>
    t.gql(
      CREATE_REFERRAL,
      {
        input: {
          familyId: family.familyId,
          subjectPersonId: family.motherId,
          serviceId: p.maracServiceId,
          reason: 'High risk after separation',
          consent: 'NOT_SOUGHT',
          lawfulBasis: 'PREVENTING_SERIOUS_HARM',
          occurredOn,
          submit: true,
          ...extra,
        },
      },
      { token: p.social.token },
    );
  const referralCount = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM referral`))[0].n;

  beforeAll(async () => {
    t = await startTestApp();
    p = await aPartnership(t);
    policeId = (await anAgency(t, AgencyKind.POLICE, `Northside Police ${Date.now()}`)).id;
  });
  afterAll(() => t.close());

  it('visible high risk: the latest DASH scoring 13 does not meet it, 14 does; later or earlier assessments do not count', async () => {
    const thirteen = await newFamily();
    await recordDash(thirteen, 15, 'MEDIUM', '2025-01-10'); // superseded by the later one
    await recordDash(thirteen, 13, 'MEDIUM', '2025-05-20');
    await recordDash(thirteen, 20, 'HIGH', '2025-06-02'); // after the date asked about
    const low = await criteria(thirteen.motherId);
    expect(low.criteriaMet).toEqual([]);
    expect(check(low, 'VISIBLE_HIGH_RISK')).toMatchObject({
      met: false,
      explanation: 'The latest DASH (2025-05-20) scored 13; visible high risk is 14 or more.',
    });

    const fourteen = await newFamily();
    const dashId = await recordDash(fourteen, 14, 'MEDIUM', '2025-05-20');
    const high = await criteria(fourteen.motherId);
    expect(high).toMatchObject({ victimPersonId: fourteen.motherId, asOf: AS_OF, criteriaMet: ['VISIBLE_HIGH_RISK'], isRepeat: false });
    expect(check(high, 'VISIBLE_HIGH_RISK').evidence).toEqual([
      { kind: 'RISK_ASSESSMENT', recordId: dashId, date: '2025-05-20', summary: 'DASH of 2025-05-20: 14 yes, judged MEDIUM' },
    ]);
    expect(check(high, 'PROFESSIONAL_JUDGEMENT')).toMatchObject({ met: false, explanation: 'The latest DASH (2025-05-20) was judged MEDIUM.' });
  });

  it('professional judgement: a DASH below 14 judged HIGH meets it (judgement never downgrades)', async () => {
    const family = await newFamily();
    await recordDash(family, 9, 'HIGH', '2025-04-01');
    const report = await criteria(family.motherId);
    expect(report.criteriaMet).toEqual(['PROFESSIONAL_JUDGEMENT']);
  });

  it('potential escalation: 2 incidents in the 12 months do not meet it, 3 do; the window excludes the day 12 months before and other roles', async () => {
    const family = await newFamily();
    await recordIncident(family, '2024-06-01'); // exactly 12 months before: outside (asOf − 12 months, asOf]
    await recordIncident(family, '2025-02-01', 'OTHER'); // she was there, but not as the victim
    const first = await recordIncident(family, '2024-06-02');
    const second = await recordIncident(family, AS_OF);
    const two = await criteria(family.motherId);
    expect(two.criteriaMet).toEqual([]);
    expect(check(two, 'POTENTIAL_ESCALATION')).toMatchObject({
      met: false,
      explanation: `2 incidents against the victim in the 12 months to ${AS_OF}; 3 or more is potential escalation.`,
    });
    expect(check(two, 'POTENTIAL_ESCALATION').evidence.map((e) => e.recordId)).toEqual([first, second]);

    const third = await recordIncident(family, '2025-03-15');
    const three = await criteria(family.motherId);
    expect(three.criteriaMet).toEqual(['POTENTIAL_ESCALATION']);
    expect(check(three, 'POTENTIAL_ESCALATION').evidence).toEqual([
      {
        kind: 'INCIDENT',
        recordId: first,
        date: '2024-06-02',
        summary: expect.stringMatching(/^Police domestic abuse notification reported by Northside Police/),
      },
      { kind: 'INCIDENT', recordId: third, date: '2025-03-15', summary: expect.any(String) },
      { kind: 'INCIDENT', recordId: second, date: AS_OF, summary: expect.any(String) },
    ]);
  });

  it('repeat: a previous MARAC referral 364 days before counts, 366 days before does not; a withdrawn one never does', async () => {
    const recent = await newFamily();
    const previous = await referToMarac(recent, daysBefore(AS_OF, 364), { professionalJudgementReason: 'Stalking after separation' });
    expect(previous.errors).toBeUndefined();
    const report = await criteria(recent.motherId);
    expect(report).toMatchObject({ criteriaMet: ['REPEAT'], isRepeat: true });
    expect(check(report, 'REPEAT').evidence).toEqual([
      { kind: 'MARAC_REFERRAL', recordId: previous.data.createReferral.id, date: '2024-06-02', summary: 'MARAC referral submitted 2024-06-02 (submitted)' },
    ]);

    const older = await newFamily();
    expect((await referToMarac(older, daysBefore(AS_OF, 366), { professionalJudgementReason: 'Stalking after separation' })).errors).toBeUndefined();
    expect((await criteria(older.motherId)).criteriaMet).toEqual([]);
    expect(check(await criteria(older.motherId), 'REPEAT').explanation).toBe(`No MARAC referral in the 12 months before ${AS_OF}.`);

    const withdrawn = await newFamily();
    const made = await referToMarac(withdrawn, '2025-03-01', { professionalJudgementReason: 'Threats to kill' });
    await t.gql(change('withdrawReferral'), { input: { referralId: made.data.createReferral.id, occurredOn: '2025-03-02' } }, { token: p.social.token });
    expect((await criteria(withdrawn.motherId)).isRepeat).toBe(false);
  });

  it('a MARAC referral records the criteria it was made under and whether it is a repeat; the timeline says so', async () => {
    const family = await newFamily();
    await referToMarac(family, daysBefore(AS_OF, 364), { professionalJudgementReason: 'Stalking after separation' });
    await recordDash(family, 17, 'HIGH', '2025-05-30');
    const repeat = await referToMarac(family, AS_OF);
    expect(repeat.errors).toBeUndefined();
    expect(repeat.data.createReferral).toMatchObject({
      status: 'SUBMITTED',
      maracCriteria: ['VISIBLE_HIGH_RISK', 'PROFESSIONAL_JUDGEMENT', 'REPEAT'],
      isRepeatMarac: true,
      professionalJudgementReason: null,
    });
    const timeline = await t.gql(
      `query ($id: ID!) { family(id: $id) { timeline(kinds: [REFERRAL_SUBMITTED], from: "${AS_OF}") { nodes { summary } } } }`,
      { id: family.familyId },
      { token: p.social.token },
    );
    expect(timeline.data.family.timeline.nodes).toEqual([{ summary: 'Referred Grace to Northside MARAC (MARAC): a repeat MARAC referral.' }]);
    const [audit] = await t.dataSource.query(`SELECT detail FROM audit_event WHERE action = 'referral.create' AND subject_id = $1`, [
      repeat.data.createReferral.id,
    ]);
    expect(audit.detail).toMatchObject({ maracCriteria: ['VISIBLE_HIGH_RISK', 'PROFESSIONAL_JUDGEMENT', 'REPEAT'], isRepeatMarac: true });
  });

  it('with no criterion met, a MARAC referral needs a professional-judgement reason; without one nothing is written', async () => {
    const family = await newFamily();
    await recordDash(family, 6, 'MEDIUM', '2025-05-01');
    const before = await referralCount();
    const refused = await referToMarac(family, AS_OF);
    expect(refused.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'professionalJudgementReason' }] } });
    expect(refused.errors![0].message).toMatch(/^professionalJudgementReason: no MARAC criterion is met on 2025-06-01/);
    expect(await referralCount()).toBe(before);

    // Drafted first, then submitted: the same rule applies at submission, and a reason given then is kept.
    const draft = await referToMarac(family, '2025-05-31', { submit: false });
    expect(draft.data.createReferral).toMatchObject({ status: 'DRAFT', maracCriteria: [] });
    const id = draft.data.createReferral.id;
    const notYet = await t.gql(change('submitReferral', 'SubmitReferralInput'), { input: { referralId: id, occurredOn: AS_OF } }, { token: p.social.token });
    expect(notYet.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const submitted = await t.gql(
      change('submitReferral', 'SubmitReferralInput'),
      {
        input: { referralId: id, occurredOn: AS_OF, professionalJudgementReason: 'Threats to kill the children if she leaves' },
      },
      { token: p.social.token },
    );
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data.submitReferral).toMatchObject({
      status: 'SUBMITTED',
      maracCriteria: ['PROFESSIONAL_JUDGEMENT'],
      isRepeatMarac: false,
      professionalJudgementReason: 'Threats to kill the children if she leaves',
    });
    const report = await t.gql(CRITERIA, { victimId: family.motherId, asOf: AS_OF }, { token: p.social.token });
    expect(report.data.maracCriteria.criteriaMet).toEqual([]); // the stated reason belonged to that referral, not to the victim
  });

  it('only someone who may read the victim may ask; the date cannot be in the future', async () => {
    const family = await newFamily();
    const colleague = await aUser(t, [Role.CASE_PRACTITIONER], { id: p.cscAgencyId });
    const hidden = await t.gql(CRITERIA, { victimId: family.motherId, asOf: AS_OF }, { token: colleague.token });
    expect(hidden.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'victimId: no person you can see has that id.' });
    const future = await t.gql(CRITERIA, { victimId: family.motherId, asOf: '2999-01-01' }, { token: p.social.token });
    expect(future.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'asOf: cannot be in the future' });
    const today = await t.gql(CRITERIA, { victimId: family.motherId }, { token: p.social.token });
    expect(today.data.maracCriteria.asOf).toBe(new Date().toISOString().slice(0, 10));
  });

  it('the thresholds are configuration: with a DASH threshold of 13 and 2 incidents, the same records meet the criteria', async () => {
    const family = await newFamily();
    await recordDash(family, 13, 'MEDIUM', '2025-05-20');
    await recordIncident(family, '2025-01-01');
    await recordIncident(family, '2025-02-01');
    expect((await criteria(family.motherId)).criteriaMet).toEqual([]);
    const local = await startTestApp({ MARAC_DASH_HIGH_RISK_SCORE: '13', MARAC_ESCALATION_INCIDENTS: '2' });
    try {
      const report = await criteria(family.motherId, AS_OF, local);
      expect(report.criteriaMet).toEqual(['VISIBLE_HIGH_RISK', 'POTENTIAL_ESCALATION']);
      expect(check(report, 'VISIBLE_HIGH_RISK').explanation).toBe('The latest DASH (2025-05-20) scored 13; visible high risk is 13 or more.');
    } finally {
      await local.close();
    }
  });
});
