import { Role } from '../libs/access/src';
import { aUser } from './support/factories';
import { daysAgo, jobsSettled, signalsOf, startAppWithJobs } from './support/family-story';
import { aFamilyWithParents, aPartnership, CREATE_REFERRAL, FamilyFixture, Partnership } from './support/referral-fixtures';
import { TestApp } from './support/test-app';

const SESSION = `mutation ($input: RecordProgrammeSessionInput!) { recordProgrammeSession(input: $input) { id referralId personId occurredOn attendance recordedBy { id } } }`;
const RISK_VIEW = `mutation ($input: RecordPerpetratorRiskViewInput!) { recordPerpetratorRiskView(input: $input) { id level view recordedOn familyId } }`;
const REFERRAL = `query ($id: ID!) { referral(id: $id) { id status firstEngagedOn
  programmeSessions { occurredOn attendance } programmeEngagement { attended missed attendanceRate lastAttendedOn summary }
  riskViews { level view recordedOn } } }`;
const CHANGE = (mutation: string) => `mutation ($input: ChangeReferralInput!) { ${mutation}(input: $input) { id status } }`;

/**
 * Dan's behaviour-change programme, as the perpetrator worker records it: he was referred nine months
 * ago and engaged seven months ago, so by now nothing recent shows he is engaged and the
 * PERSON_CAUSING_HARM_NOT_ENGAGED signal is open on Amara's Child in Need case. A missed session
 * changes nothing; an attended one clears the signal.
 */
describe("The person causing harm's own work: programme sessions and the worker's view of risk", () => {
  let t: TestApp;
  let p: Partnership;
  let family: FamilyFixture;
  let referralId: string;

  const as = (user: { token: string }) => (query: string, input: Record<string, unknown>) => t.gql(query, { input }, { token: user.token });
  const notEngaged = async () =>
    (await signalsOf(t, p.social, family.familyId)).filter(
      (s) => s.kind === 'PERSON_CAUSING_HARM_NOT_ENGAGED' && s.people.some((x: { id: string }) => x.id === family.fatherId),
    );
  const sessionCount = async () => Number((await t.dataSource.query(`SELECT count(*) FROM programme_session WHERE referral_id = $1`, [referralId]))[0].count);

  async function aProgrammeReferral(of: FamilyFixture, referredOn: string): Promise<string> {
    const made = await as(p.social)(CREATE_REFERRAL, {
      familyId: of.familyId,
      subjectPersonId: of.fatherId,
      serviceId: p.caringDadsId,
      reason: 'Physical abuse of Grace; Daniel asks for help as a father',
      consent: 'GIVEN',
      occurredOn: referredOn,
      submit: true,
    });
    if (made.errors) throw new Error(JSON.stringify(made.errors));
    return made.data.createReferral.id;
  }

  beforeAll(async () => {
    t = await startAppWithJobs();
    p = await aPartnership(t);
    family = await aFamilyWithParents(t, p.social);
    const social = as(p.social);
    await social(`mutation ($input: OpenEpisodeInput!) { openEpisode(input: $input) { id } }`, {
      familyId: family.familyId,
      childId: family.childId,
      level: 'CIN',
      occurredOn: daysAgo(300),
    });
    await social(`mutation ($input: RecordHarmRelationshipInput!) { recordHarmRelationship(input: $input) { id } }`, {
      familyId: family.familyId,
      personCausingHarmId: family.fatherId,
      personHarmedId: family.motherId,
      forms: ['PHYSICAL'],
      disclosure: 'DISCLOSED',
      recordedOn: daysAgo(290),
    });
    referralId = await aProgrammeReferral(family, daysAgo(270));
  });
  afterAll(() => t.close());

  describe('bad input: coded errors, nothing written', () => {
    it('a session on a referral not yet accepted is a conflict', async () => {
      const result = await as(p.perpetratorWorker)(SESSION, { referralId, occurredOn: daysAgo(260), attendance: 'ATTENDED' });
      expect(result.errors![0].extensions.code).toBe('CONFLICT');
      expect(result.errors![0].message).toMatch(/not accepted: accept it/);
      expect(await sessionCount()).toBe(0);
    });

    it('once accepted: a session before the acceptance, or in the future, is refused with the field named', async () => {
      expect((await as(p.perpetratorWorker)(CHANGE('acceptReferral'), { referralId, occurredOn: daysAgo(240) })).errors).toBeUndefined();
      expect((await as(p.perpetratorWorker)(CHANGE('recordReferralEngaged'), { referralId, occurredOn: daysAgo(220) })).errors).toBeUndefined();
      const early = await as(p.perpetratorWorker)(SESSION, { referralId, occurredOn: daysAgo(241), attendance: 'ATTENDED' });
      expect(early.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'occurredOn', problems: [`is before the referral was accepted (${daysAgo(240)})`] }],
      });
      const future = await as(p.perpetratorWorker)(SESSION, { referralId, occurredOn: daysAgo(-1), attendance: 'ATTENDED' });
      expect(future.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'occurredOn', problems: ['cannot be in the future'] }] });
      const view = await as(p.perpetratorWorker)(RISK_VIEW, { referralId, recordedOn: daysAgo(-3), level: 'HIGH', view: 'x' });
      expect(view.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'recordedOn', problems: ['cannot be in the future'] }] });
      expect(await sessionCount()).toBe(0);
    });

    it("only the programme's own perpetrator workers record sessions", async () => {
      const social = await as(p.social)(SESSION, { referralId, occurredOn: daysAgo(10), attendance: 'ATTENDED' });
      expect(social.errors![0].extensions.code).toBe('FORBIDDEN');
      const elsewhere = await aUser(t, [Role.PERPETRATOR_WORKER]);
      const other = await as(elsewhere)(SESSION, { referralId, occurredOn: daysAgo(10), attendance: 'ATTENDED' });
      expect(other.errors![0].extensions.code).toBe('NOT_FOUND');
      expect(await sessionCount()).toBe(0);
    });
  });

  it('with nothing recent, the signal that he is not engaged is open', async () => {
    await jobsSettled(t);
    const open = await notEngaged();
    expect(open.map((s) => s.state)).toEqual(['OPEN']);
    expect(open[0].explanation).toMatch(/no programme session attended/);
  });

  it('a missed session is recorded, counts in his engagement, and does not clear the signal', async () => {
    const missed = await as(p.perpetratorWorker)(SESSION, { referralId, occurredOn: daysAgo(20), attendance: 'MISSED' });
    expect(missed.errors).toBeUndefined();
    expect(missed.data.recordProgrammeSession).toMatchObject({
      occurredOn: daysAgo(20),
      attendance: 'MISSED',
      personId: family.fatherId,
      recordedBy: { id: p.perpetratorWorker.id },
    });
    await jobsSettled(t);
    expect((await notEngaged()).map((s) => s.state)).toEqual(['OPEN']);
    const again = await as(p.perpetratorWorker)(SESSION, { referralId, occurredOn: daysAgo(20), attendance: 'ATTENDED' });
    expect(again.errors![0].extensions.code).toBe('CONFLICT');
  });

  it('an attended session clears it; the case holder reads attendance in figures and words', async () => {
    expect((await as(p.perpetratorWorker)(SESSION, { referralId, occurredOn: daysAgo(10), attendance: 'ATTENDED' })).errors).toBeUndefined();
    await jobsSettled(t);
    const signals = await notEngaged();
    expect(signals.map((s) => [s.state, s.resolution])).toEqual([['RESOLVED', 'AUTO']]);
    const referral = await t.gql(REFERRAL, { id: referralId }, { token: p.social.token });
    expect(referral.data.referral).toMatchObject({
      status: 'ENGAGED',
      programmeSessions: [
        { occurredOn: daysAgo(20), attendance: 'MISSED' },
        { occurredOn: daysAgo(10), attendance: 'ATTENDED' },
      ],
      programmeEngagement: {
        attended: 1,
        missed: 1,
        attendanceRate: 0.5,
        lastAttendedOn: daysAgo(10),
        summary: `Attended 1 of 2 sessions (1 missed), last on ${daysAgo(10)}.`,
      },
    });
  });

  it('the first attended session of an accepted referral is his engagement: the referral becomes engaged that day', async () => {
    const second = await aFamilyWithParents(t, p.social, { mother: 'Mia', father: 'Tom', child: 'Leo' });
    const id = await aProgrammeReferral(second, daysAgo(40));
    await as(p.perpetratorWorker)(CHANGE('acceptReferral'), { referralId: id, occurredOn: daysAgo(30) });
    await as(p.perpetratorWorker)(SESSION, { referralId: id, occurredOn: daysAgo(25), attendance: 'MISSED' });
    const accepted = await t.gql(REFERRAL, { id }, { token: p.perpetratorWorker.token });
    expect(accepted.data.referral).toMatchObject({ status: 'ACCEPTED', firstEngagedOn: null });
    await as(p.perpetratorWorker)(SESSION, { referralId: id, occurredOn: daysAgo(18), attendance: 'ATTENDED' });
    const engaged = await t.gql(REFERRAL, { id }, { token: p.perpetratorWorker.token });
    expect(engaged.data.referral).toMatchObject({ status: 'ENGAGED', firstEngagedOn: daysAgo(18), programmeEngagement: { attended: 1, missed: 1 } });
  });

  it("the perpetrator worker's view of risk is shared with the case holder, not with a practitioner outside the family", async () => {
    const recorded = await as(p.perpetratorWorker)(RISK_VIEW, {
      referralId,
      recordedOn: daysAgo(9),
      level: 'HIGH',
      view: 'Minimises the strangulation; angry about contact arrangements since the separation',
    });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data.recordPerpetratorRiskView).toMatchObject({ level: 'HIGH', recordedOn: daysAgo(9), familyId: family.familyId });
    const FAMILY_VIEWS = `query ($id: ID!) { family(id: $id) { perpetratorRiskViews { level view recordedBy { id } } } }`;
    const holder = await t.gql(FAMILY_VIEWS, { id: family.familyId }, { token: p.social.token });
    expect(holder.data.family.perpetratorRiskViews).toEqual([
      { level: 'HIGH', view: 'Minimises the strangulation; angry about contact arrangements since the separation', recordedBy: { id: p.perpetratorWorker.id } },
    ]);
    const own = await t.gql(REFERRAL, { id: referralId }, { token: p.perpetratorWorker.token });
    expect(own.data.referral.riskViews.map((v: { level: string }) => v.level)).toEqual(['HIGH']);
    const outsider = await aUser(t, [Role.CASE_PRACTITIONER]);
    const refused = await t.gql(FAMILY_VIEWS, { id: family.familyId }, { token: outsider.token });
    expect(refused.errors![0].extensions.code).toBe('FORBIDDEN');
    const early = await as(p.perpetratorWorker)(RISK_VIEW, { referralId, recordedOn: daysAgo(250), level: 'HIGH', view: 'x' });
    expect(early.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'recordedOn' }] });
  });
});
