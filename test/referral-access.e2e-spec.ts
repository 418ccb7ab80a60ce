import { AgencyKind, Role } from '../libs/access/src';
import { anAgency, aUser, SignedInUser } from './support/factories';
import { aFamilyWithParents, aPartnership, change, CREATE_REFERRAL, DASH, FamilyFixture, Partnership } from './support/referral-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const LIST = `query ($familyId: ID, $direction: ReferralDirection) { referrals(first: 100, familyId: $familyId, direction: $direction) {
  nodes { id status subject { givenName confidentialAddress safeContactDetails postcodeArea } } } }`;
const DETAIL = `query ($id: ID!) { referral(id: $id) { id status reason subject { givenName confidentialAddress safeContactDetails } } }`;
const RISK_LIST = `{ riskAssessments(first: 100) { nodes { id score judgement answers victim { givenName confidentialAddress } personCausingHarm { givenName } } } }`;
const RISK = `query ($id: ID!) { riskAssessment(id: $id) { score judgement answers victimPersonId victim { givenName confidentialAddress safeContactDetails } personCausingHarm { givenName } } }`;
const FAMILY = `query ($id: ID!) { family(id: $id) {
  referrals { id subject { givenName confidentialAddress safeContactDetails } }
  riskAssessments { score answers victim { givenName confidentialAddress safeContactDetails } }
  members { person { givenName confidentialAddress safeContactDetails } }
  timeline(first: 100) { nodes { kind summary } } } }`;

describe('Who sees which referrals and risk assessments', () => {
  let t: TestApp;
  let p: Partnership;
  let family: FamilyFixture;
  let draftId: string; // Daniel to Caring Dads, not yet sent
  let caringDadsId: string; // Daniel to Caring Dads, submitted
  let maracId: string; // Grace to the MARAC, submitted
  let dashId: string;
  const users: Record<string, SignedInUser> = {};

  const ids = (result: { data?: { referrals: { nodes: Array<{ id: string }> } } }) => result.data!.referrals.nodes.map((n) => n.id).sort();
  const gql = (query: string, variables: Record<string, unknown>, user: SignedInUser) => t.gql(query, variables, { token: user.token });

  beforeAll(async () => {
    t = await startTestApp();
    p = await aPartnership(t);
    family = await aFamilyWithParents(t, p.social);
    const elsewhere = await anAgency(t, AgencyKind.PERPETRATOR_PROGRAMME_PROVIDER);
    users.providerRep = await aUser(t, [Role.AGENCY_REPRESENTATIVE], { id: p.providerAgencyId });
    users.cscRep = await aUser(t, [Role.AGENCY_REPRESENTATIVE], { id: p.cscAgencyId });
    users.outsideRep = await aUser(t, [Role.AGENCY_REPRESENTATIVE]);
    users.providerManager = await aUser(t, [Role.MANAGER], { id: p.providerAgencyId });
    users.cscManager = await aUser(t, [Role.MANAGER], { id: p.cscAgencyId });
    users.colleague = await aUser(t, [Role.CASE_PRACTITIONER], { id: p.cscAgencyId });
    users.otherWorker = await aUser(t, [Role.PERPETRATOR_WORKER], elsewhere);
    users.dva = await aUser(t, [Role.DVA_SPECIALIST]);
    users.breakGlassWorker = await aUser(t, [Role.PERPETRATOR_WORKER], { id: p.providerAgencyId });

    const dash = await gql(
      `mutation ($input: RecordRiskAssessmentInput!) { recordRiskAssessment(input: $input) { id } }`,
      {
        input: {
          familyId: family.familyId,
          victimPersonId: family.motherId,
          personCausingHarmId: family.fatherId,
          assessedOn: '2025-02-20',
          answers: DASH(16, 2),
          judgement: 'HIGH',
        },
      },
      p.social,
    );
    dashId = dash.data.recordRiskAssessment.id;
    const refer = async (input: Record<string, unknown>) => {
      const result = await gql(
        CREATE_REFERRAL,
        {
          input: {
            familyId: family.familyId,
            subjectPersonId: family.fatherId,
            serviceId: p.caringDadsId,
            consent: 'GIVEN',
            occurredOn: '2025-03-01',
            ...input,
          },
        },
        p.social,
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data.createReferral.id;
    };
    draftId = await refer({ reason: 'Drafting after the strategy meeting' });
    caringDadsId = await refer({ reason: 'Coercive control; child on a CP plan', submit: true });
    maracId = await refer({ subjectPersonId: family.motherId, serviceId: p.maracServiceId, reason: 'DASH 16 after strangulation', submit: true });
  });
  afterAll(() => t.close());

  it('the allocated social worker sees every referral of the family, drafts included, the DASH answers and the victim-side details', async () => {
    expect(ids(await gql(LIST, { familyId: family.familyId }, p.social))).toEqual([draftId, caringDadsId, maracId].sort());
    const risk = await gql(RISK, { id: dashId }, p.social);
    expect(risk.data.riskAssessment).toMatchObject({
      score: 16,
      judgement: 'HIGH',
      answers: DASH(16, 2),
      victim: { givenName: 'Grace', confidentialAddress: 'Refuge, address withheld' },
    });
    const marac = await gql(DETAIL, { id: maracId }, p.social);
    expect(marac.data.referral.subject).toEqual({
      givenName: 'Grace',
      confidentialAddress: 'Refuge, address withheld',
      safeContactDetails: 'Text only, after 6pm',
    });
  });

  it("the perpetrator worker sees the submitted referral to their service and the father's name, never a draft, the MARAC referral or the victim", async () => {
    const worker = p.perpetratorWorker;
    expect(ids(await gql(LIST, {}, worker))).toEqual([caringDadsId]);
    expect(ids(await gql(LIST, { direction: 'INCOMING' }, worker))).toEqual([caringDadsId]);
    expect(ids(await gql(LIST, { direction: 'OUTGOING' }, worker))).toEqual([]);
    const detail = await gql(DETAIL, { id: caringDadsId }, worker);
    expect(detail.data.referral).toEqual({
      id: caringDadsId,
      status: 'SUBMITTED',
      reason: 'Coercive control; child on a CP plan',
      subject: { givenName: 'Daniel', confidentialAddress: null, safeContactDetails: null },
    });
    for (const hidden of [draftId, maracId]) {
      const result = await gql(DETAIL, { id: hidden }, worker);
      expect(result.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'No referral you can see has that id.' });
    }
    expect((await gql(`query ($id: ID!) { person(id: $id) { givenName } }`, { id: family.fatherId }, worker)).data.person.givenName).toBe('Daniel');
    expect((await gql(`query ($id: ID!) { person(id: $id) { givenName } }`, { id: family.motherId }, worker)).errors![0].extensions.code).toBe('FORBIDDEN');
    // The family record, and with it the timeline, stays closed.
    expect((await gql(FAMILY, { id: family.familyId }, worker)).errors![0].extensions.code).toBe('FORBIDDEN');
    const criteria = await gql(`query ($id: ID!) { maracCriteria(victimId: $id) { criteriaMet } }`, { id: family.motherId }, worker);
    // The criteria read the victim's DASH, incidents and MARAC history: never for anyone working with people causing harm.
    expect(criteria.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: 'Your role does not allow you to assess marac criteria.' });
  });

  it('the perpetrator worker sees the DASH score and judgement about the father, never the answers or the victim, by list or by id', async () => {
    const worker = p.perpetratorWorker;
    const list = await gql(RISK_LIST, {}, worker);
    expect(list.data.riskAssessments.nodes).toEqual([
      { id: dashId, score: 16, judgement: 'HIGH', answers: null, victim: null, personCausingHarm: { givenName: 'Daniel' } },
    ]);
    const one = await gql(RISK, { id: dashId }, worker);
    expect(one.data.riskAssessment).toEqual({
      score: 16,
      judgement: 'HIGH',
      answers: null,
      victimPersonId: family.motherId,
      victim: null,
      personCausingHarm: { givenName: 'Daniel' },
    });
    // A worker at another provider, with no referral, sees none of it.
    expect((await gql(RISK_LIST, {}, users.otherWorker)).data.riskAssessments.nodes).toEqual([]);
    expect((await gql(RISK, { id: dashId }, users.otherWorker)).errors![0].extensions.code).toBe('NOT_FOUND');
    expect(ids(await gql(LIST, {}, users.otherWorker))).toEqual([]);
  });

  it('even with break-glass on the family, a perpetrator worker never sees the refuge address, safe contact or DASH answers, on any path', async () => {
    const worker = users.breakGlassWorker;
    const grant = await gql(
      `mutation ($input: RequestBreakGlassAccessInput!) { requestBreakGlassAccess(input: $input) { id } }`,
      { input: { subjectType: 'FAMILY', subjectId: family.familyId, reason: 'Father disclosed a new incident in group today' } },
      worker,
    );
    expect(grant.errors).toBeUndefined();
    const opened = await gql(FAMILY, { id: family.familyId }, worker);
    expect(opened.errors).toBeUndefined();
    const { referrals, riskAssessments, members, timeline } = opened.data.family;
    // Break-glass opens what was sent, not the social worker's unsent draft.
    expect(referrals.map((r: { id: string }) => r.id).sort()).toEqual([caringDadsId, maracId].sort());
    for (const person of [
      ...referrals.map((r: { subject: object }) => r.subject),
      ...members.map((m: { person: object }) => m.person),
      ...riskAssessments.map((r: { victim: object }) => r.victim),
    ]) {
      expect(person).toMatchObject({ confidentialAddress: null, safeContactDetails: null });
    }
    expect(riskAssessments).toEqual([{ score: 16, answers: null, victim: { givenName: 'Grace', confidentialAddress: null, safeContactDetails: null } }]);
    expect((await gql(RISK, { id: dashId }, worker)).data.riskAssessment.answers).toBeNull();
    const text = JSON.stringify(timeline);
    expect(text).toMatch(/DASH risk assessment for Grace: 16 yes, judged HIGH/);
    expect(text).not.toMatch(/Refuge|Text only|NOT_KNOWN|"YES"/);
  });

  it('the MARAC coordinator sees MARAC referrals to their MARAC and the victim’s DASH score, never the answers or other referrals; they may accept', async () => {
    const coordinator = p.coordinator;
    expect(ids(await gql(LIST, {}, coordinator))).toEqual([maracId]);
    const detail = await gql(DETAIL, { id: maracId }, coordinator);
    expect(detail.data.referral.subject).toEqual({ givenName: 'Grace', confidentialAddress: null, safeContactDetails: null });
    const risk = await gql(RISK, { id: dashId }, coordinator);
    expect(risk.data.riskAssessment).toMatchObject({ score: 16, judgement: 'HIGH', answers: null });
    const criteria = await gql(`query ($id: ID!) { maracCriteria(victimId: $id, asOf: "2025-03-01") { criteriaMet } }`, { id: family.motherId }, coordinator);
    expect(criteria.data.maracCriteria.criteriaMet).toEqual(['VISIBLE_HIGH_RISK', 'PROFESSIONAL_JUDGEMENT']);
    const accepted = await gql(change('acceptReferral'), { input: { referralId: maracId, occurredOn: '2025-03-05' } }, coordinator);
    expect(accepted.data.acceptReferral.status).toBe('ACCEPTED');
  });

  it('agency representatives see referrals to and from their agency (drafts only on the referring side); others none', async () => {
    expect(ids(await gql(LIST, {}, users.providerRep))).toEqual([caringDadsId]);
    expect(ids(await gql(LIST, { direction: 'OUTGOING' }, users.cscRep))).toEqual([draftId, caringDadsId, maracId].sort());
    expect(ids(await gql(LIST, { direction: 'INCOMING' }, users.cscRep))).toEqual([]);
    expect(ids(await gql(LIST, {}, users.outsideRep))).toEqual([]);
    expect((await gql(DETAIL, { id: caringDadsId }, users.outsideRep)).errors![0].extensions.code).toBe('NOT_FOUND');
    // The referring agency's representative cannot decide for the receiving service.
    const byCscRep = await gql(change('acceptReferral'), { input: { referralId: caringDadsId, occurredOn: '2025-03-05' } }, users.cscRep);
    expect(byCscRep.errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await gql(RISK_LIST, {}, users.providerRep)).data.riskAssessments.nodes).toEqual([]);
  });

  it("managers read their agency's referrals (and the CSC manager the family's DASH, without answers) but never change them", async () => {
    expect(ids(await gql(LIST, {}, users.providerManager))).toEqual([caringDadsId]);
    expect(ids(await gql(LIST, { familyId: family.familyId }, users.cscManager))).toEqual([draftId, caringDadsId, maracId].sort());
    expect((await gql(RISK, { id: dashId }, users.cscManager)).data.riskAssessment).toMatchObject({ score: 16, answers: null });
    expect((await gql(RISK, { id: dashId }, users.providerManager)).errors![0].extensions.code).toBe('NOT_FOUND');
    for (const manager of [users.providerManager, users.cscManager]) {
      const accept = await gql(change('acceptReferral'), { input: { referralId: caringDadsId, occurredOn: '2025-03-05' } }, manager);
      expect(accept.errors![0].extensions.code).toBe('FORBIDDEN');
      const withdraw = await gql(change('withdrawReferral'), { input: { referralId: caringDadsId, occurredOn: '2025-03-05' } }, manager);
      expect(withdraw.errors![0].extensions.code).toBe('FORBIDDEN');
    }
  });

  it('a practitioner not allocated to the family, and a DVA specialist not co-working it, see none of it', async () => {
    for (const user of [users.colleague, users.dva]) {
      expect(ids(await gql(LIST, {}, user))).toEqual([]);
      expect((await gql(DETAIL, { id: caringDadsId }, user)).errors![0].extensions.code).toBe('NOT_FOUND');
      expect((await gql(RISK_LIST, {}, user)).data.riskAssessments.nodes).toEqual([]);
      expect((await gql(RISK, { id: dashId }, user)).errors![0].extensions.code).toBe('NOT_FOUND');
    }
  });

  it('the receiving service updates the status and the referrer sees the outcome', async () => {
    const accepted = await gql(change('acceptReferral'), { input: { referralId: caringDadsId, occurredOn: '2025-03-05' } }, users.providerRep);
    expect(accepted.errors).toBeUndefined();
    const engaged = await gql(change('recordReferralEngaged'), { input: { referralId: caringDadsId, occurredOn: '2025-03-12' } }, p.perpetratorWorker);
    expect(engaged.errors).toBeUndefined();
    const seen = await gql(DETAIL, { id: caringDadsId }, p.social);
    expect(seen.data.referral.status).toBe('ENGAGED');
  });

  it('once the referral is finished, the perpetrator worker keeps the referral but no longer sees the DASH', async () => {
    expect((await gql(RISK_LIST, {}, p.perpetratorWorker)).data.riskAssessments.nodes).toHaveLength(1);
    const completed = await gql(change('completeReferral'), { input: { referralId: caringDadsId, occurredOn: '2025-08-01' } }, p.perpetratorWorker);
    expect(completed.errors).toBeUndefined();
    expect((await gql(RISK_LIST, {}, p.perpetratorWorker)).data.riskAssessments.nodes).toEqual([]);
    expect((await gql(RISK, { id: dashId }, p.perpetratorWorker)).errors![0].extensions.code).toBe('NOT_FOUND');
    expect((await gql(DETAIL, { id: caringDadsId }, p.perpetratorWorker)).data.referral).toMatchObject({
      status: 'COMPLETED',
      subject: { givenName: 'Daniel' },
    });
  });
});
