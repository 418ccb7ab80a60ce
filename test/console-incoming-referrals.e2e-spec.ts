import { Browser, Page } from 'playwright-core';
import { AgencyKind, Role } from '../libs/access/src';
import { checkScreen, describeInBrowser, launchChromium, newConsolePage, pageText, signInAs } from './support/browser';
import { anAgency, aUser, SignedInUser } from './support/factories';
import { aFamilyWithParents, aPartnership, aService, DASH, FamilyFixture, Partnership, todayDate } from './support/referral-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const REFERRAL = `query ($id: ID!) { referral(id: $id) { status declineReason declineCriterion firstEngagedOn statusHistory { fromStatus toStatus occurredOn byUserId declineCriterion } } }`;

// Victim-side detail in the fixture: none of it may reach anyone working with the person causing harm.
const REFUGE = 'Refuge, address withheld';
const SAFE_CONTACT = 'Text only, after 6pm';
const COWORK_NOTE = 'Grace is staying with her sister on Juniper Close';
const COWORK_REASON = 'Safety planning around the move to the refuge';

describeInBrowser('the console: a perpetrator programme receives referrals and records the decision and outcome of each', () => {
  let t: TestApp;
  let browser: Browser;
  let p: Partnership;
  let f: FamilyFixture;
  let caringDads: string; // accepted, engaged, completed
  let dapp: string; // declined on eligibility
  let groupWork: string; // accepted, then never taken up
  let assessmentId: string;

  const refer = async (serviceId: string, reason: string) => {
    const made = await t.gql(
      `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }`,
      { input: { familyId: f.familyId, subjectPersonId: f.fatherId, serviceId, reason, consent: 'GIVEN', occurredOn: todayDate(), submit: true } },
      { token: p.social.token },
    );
    if (made.errors) throw new Error(JSON.stringify(made.errors));
    return made.data.createReferral.id as string;
  };

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchChromium();
    p = await aPartnership(t);
    f = await aFamilyWithParents(t, p.social);
    const dappService = await aService(t, p.admin, {
      agencyId: p.providerAgencyId,
      name: 'Domestic Abuse Perpetrator Programme',
      type: 'PERPETRATOR_PROGRAMME',
      eligibilityNotes: 'Men who accept some responsibility for their behaviour',
    });
    const groupService = await aService(t, p.admin, { agencyId: p.providerAgencyId, name: 'Respectful Relationships group', type: 'PERPETRATOR_PROGRAMME' });
    caringDads = await refer(p.caringDadsId, 'Daniel agreed to work on his parenting after the strategy meeting');
    dapp = await refer(dappService, 'Coercive control over several years');
    groupWork = await refer(groupService, 'Group work alongside the CP plan');

    // The victim's side of the same family: a DASH and a DVA specialist's co-work.
    const dash = await t.gql(
      `mutation ($input: RecordRiskAssessmentInput!) { recordRiskAssessment(input: $input) { id } }`,
      {
        input: {
          familyId: f.familyId,
          victimPersonId: f.motherId,
          personCausingHarmId: f.fatherId,
          assessedOn: todayDate(),
          judgement: 'HIGH',
          answers: DASH(16),
        },
      },
      { token: p.social.token },
    );
    assessmentId = dash.data.recordRiskAssessment.id;
    const specialist: SignedInUser = await aUser(t, [Role.DVA_SPECIALIST], await anAgency(t, AgencyKind.SPECIALIST_DVA_SERVICE));
    const started = await t.gql(
      `mutation ($input: StartCoworkInput!) { startCowork(input: $input) { id } }`,
      { input: { familyId: f.familyId, specialistUserId: specialist.id, startedOn: todayDate(), reason: COWORK_REASON } },
      { token: p.social.token },
    );
    expect(started.errors).toBeUndefined();
    const logged = await t.gql(
      `mutation ($input: LogCoworkEntryInput!) { logCoworkEntry(input: $input) { id } }`,
      {
        input: { familyId: f.familyId, kind: 'SAFETY_PLANNING', occurredOn: todayDate(), durationMinutes: 60, personSeenIds: [f.motherId], note: COWORK_NOTE },
      },
      { token: specialist.token },
    );
    expect(logged.errors).toBeUndefined();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const referral = async (id: string) => (await t.gql(REFERRAL, { id }, { token: p.social.token })).data.referral;

  /** What the perpetrator worker could read: every screen's text and every GraphQL response the console received. */
  const seen: string[] = [];
  const watch = (page: Page) =>
    page.on('response', async (response) => {
      if (response.url().includes('/graphql')) seen.push(await response.text().catch(() => ''));
    });
  const screen = async (page: Page, name: string) => {
    await checkScreen(page, name);
    seen.push(await pageText(page));
  };

  const record = async (page: Page, step: string, done: string) => {
    await page.getByLabel(step).check();
    await page.getByRole('button', { name: 'Record', exact: true }).click();
    await page.getByText(new RegExp(`^${done}`)).waitFor();
  };

  it('declines one on eligibility (first without the criterion: refused, nothing written), accepts and completes another, and records one never taken up', async () => {
    const { context, page } = await newConsolePage(browser, t);
    watch(page);
    try {
      await signInAs(page, p.perpetratorWorker.email);
      await page.getByRole('link', { name: 'Incoming referrals' }).click();
      await page.getByRole('heading', { name: 'Incoming referrals', level: 1 }).waitFor();
      const waiting = await page.getByRole('table', { name: 'Waiting for a decision (3)' }).innerText();
      expect(waiting).toContain('Daniel Brown');
      expect(waiting).toContain('Domestic Abuse Perpetrator Programme (Perpetrator programme)');
      await screen(page, 'receiving-service-incoming-referrals');

      await page.getByRole('link', { name: /referred to Domestic Abuse Perpetrator Programme$/ }).click();
      await page.getByRole('heading', { name: 'Daniel Brown', level: 1 }).waitFor();
      expect(await page.locator('main').innerText()).toContain('Coercive control over several years');
      await screen(page, 'receiving-service-referral');
      await page.getByLabel('Decline the referral').check();
      await page.getByLabel(/^Eligibility/).check();
      await expect(page.getByLabel('The criterion not met').count()).resolves.toBe(1);
      await page.getByRole('button', { name: 'Record', exact: true }).click();
      const summary = page.locator('.govuk-error-summary');
      await summary.waitFor();
      await expect(summary.getByRole('link', { name: 'Enter the eligibility criterion that was not met' }).getAttribute('href')).resolves.toBe(
        '#field-criterion',
      );
      await screen(page, 'receiving-service-decline-error');
      expect(await referral(dapp)).toEqual(
        expect.objectContaining({ status: 'SUBMITTED', declineReason: null, statusHistory: [expect.objectContaining({ toStatus: 'SUBMITTED' })] }),
      );

      await page.getByLabel('The criterion not met').fill('Does not accept any responsibility for the harm');
      await page.getByLabel('Note (optional)').fill('Suggest the Caring Dads programme instead');
      await page.getByRole('button', { name: 'Record', exact: true }).click();
      await page.getByText(/^Referral declined/).waitFor();
      const history = await page.getByRole('table', { name: 'History, oldest first' }).innerText();
      expect(history).toMatch(/Submitted to declined\s+Eligibility: a criterion of the service is not met: Does not accept any responsibility for the harm/);
      expect(history).toContain('Suggest the Caring Dads programme instead');
      expect(await page.locator('main').innerText()).toContain('nothing more is recorded on it');
      await screen(page, 'receiving-service-referral-declined');
      expect(await referral(dapp)).toEqual(
        expect.objectContaining({ status: 'DECLINED', declineReason: 'ELIGIBILITY', declineCriterion: 'Does not accept any responsibility for the harm' }),
      );

      await page.getByRole('link', { name: 'Back to incoming referrals' }).click();
      await page.getByRole('link', { name: /referred to Caring Dads$/ }).click();
      await page.getByRole('heading', { name: 'Daniel Brown', level: 1 }).waitFor();
      await record(page, 'Accept the referral', 'Referral accepted');
      await record(page, 'Engaged: first contact or session took place', 'Engagement recorded');
      await screen(page, 'receiving-service-referral-engaged');
      await record(page, 'Completed the service', 'Completion recorded');
      const done = await page.getByRole('table', { name: 'History, oldest first' }).innerText();
      expect(done).toMatch(/Submitted to accepted[\s\S]*Accepted to engaged[\s\S]*Engaged to completed/);
      await screen(page, 'receiving-service-referral-completed');
      expect(await referral(caringDads)).toEqual(
        expect.objectContaining({
          status: 'COMPLETED',
          firstEngagedOn: todayDate(),
          statusHistory: ['SUBMITTED', 'ACCEPTED', 'ENGAGED', 'COMPLETED'].map((toStatus) =>
            expect.objectContaining({ toStatus, byUserId: toStatus === 'SUBMITTED' ? p.social.id : p.perpetratorWorker.id }),
          ),
        }),
      );

      await page.getByRole('link', { name: 'Back to incoming referrals' }).click();
      await page.getByRole('link', { name: /referred to Respectful Relationships group$/ }).click();
      await page.getByRole('heading', { name: 'Daniel Brown', level: 1 }).waitFor();
      await record(page, 'Accept the referral', 'Referral accepted');
      await record(page, 'Disengaged: never took the service up', 'Disengagement recorded');
      expect((await referral(groupWork)).status).toBe('DISENGAGED');

      await page.getByRole('link', { name: 'Back to incoming referrals' }).click();
      await page.getByRole('table', { name: 'Finished (3)' }).waitFor();
      await screen(page, 'receiving-service-incoming-referrals-finished');

      // Screens about the family's victim side say plainly they are not his.
      await page.goto(`/families/${f.familyId}/risk-assessments/${assessmentId}`);
      await page.locator('main h1, main .govuk-notification-banner').first().waitFor();
      await screen(page, 'receiving-service-dash-refused');
      await page.goto(`/cowork/${f.familyId}`);
      await page.getByText('You cannot open this family').waitFor();
      await screen(page, 'receiving-service-cowork-refused');
    } finally {
      await context.close();
    }
    const everything = seen.join('\n');
    expect(everything).toContain('Daniel Brown');
    for (const secret of [REFUGE, SAFE_CONTACT, COWORK_NOTE, COWORK_REASON]) expect(everything).not.toContain(secret);
    expect(everything).not.toMatch(/"answers":\[/);
    expect(everything).not.toContain('Has the current incident resulted in injury');
  });
});
