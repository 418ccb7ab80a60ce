import { Browser } from 'playwright-core';
import { Role } from '../libs/access/src';
import { RequestContext, TransactionalConnection } from '../libs/platform/src';
import { ServiceEntity } from '../libs/referrals/src';
import { checkScreen, describeInBrowser, launchChromium, newConsolePage, pageText, signInAs } from './support/browser';
import { aUser, SignedInUser } from './support/factories';
import { daysAgo } from './support/family-story';
import { aMaracWithItem, MaracWorld, maracWorld, SCHEDULE } from './support/marac';
import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
let w: MaracWorld;
let specialist: SignedInUser;
let referralId: string;
const MEASURE = 'Code word agreed with her sister';

async function record(query: string, input: Record<string, unknown>, by: SignedInUser) {
  const result = await t.gql(query, { input }, { token: by.token });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/**
 * Grace, Dan and Amara's family (test/support/marac.ts), with a DVA specialist co-working it, Dan
 * referred to the programme and accepted a month ago, and a run of police notifications that puts
 * him at the top of the MATAC worklist.
 */
beforeAll(async () => {
  t = await startTestApp();
  // The MATAC worklist ranks everyone causing harm in the partnership: this Dan has a surname of his own.
  w = await maracWorld(t, { danFamilyName: 'Brennan' });
  await aMaracWithItem(t, w);
  specialist = await aUser(t, [Role.DVA_SPECIALIST], w.agencies.idvaService);
  await record(
    `mutation ($input: StartCoworkInput!) { startCowork(input: $input) { id } }`,
    { familyId: w.familyId, specialistUserId: specialist.id, startedOn: daysAgo(60), reason: 'Safety planning' },
    w.social,
  );
  const db = t.app.get(TransactionalConnection);
  const programme = await db.withTransaction(RequestContext.system('fixture'), (ctx) =>
    db.repository(ctx, ServiceEntity).save({ agencyId: w.agencies.programme.id, name: 'Caring Dads', type: 'PERPETRATOR_PROGRAMME' as ServiceEntity['type'] }),
  );
  const referral = await record(
    `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }`,
    {
      familyId: w.familyId,
      subjectPersonId: w.danId,
      serviceId: programme.id,
      reason: 'Father willing to attend',
      consent: 'GIVEN',
      occurredOn: daysAgo(40),
      submit: true,
    },
    w.social,
  );
  referralId = referral.createReferral.id;
  await record(
    `mutation ($input: ChangeReferralInput!) { acceptReferral(input: $input) { id } }`,
    { referralId, occurredOn: daysAgo(30) },
    w.perpetratorWorker,
  );
  for (const days of [3, 8, 13, 18, 23, 28]) {
    await record(
      `mutation ($input: RecordIncidentInput!) { recordIncident(input: $input) { id } }`,
      {
        familyId: w.familyId,
        kind: 'POLICE_DA_NOTIFICATION',
        occurredOn: daysAgo(days),
        description: 'Police called',
        reportingAgencyId: w.agencies.police.id,
        people: [
          { personId: w.graceId, role: 'ADULT_VICTIM' },
          { personId: w.danId, role: 'PERSON_CAUSING_HARM' },
        ],
      },
      w.social,
    );
  }
  await record(
    SCHEDULE,
    {
      type: 'MATAC',
      title: 'Northside MATAC',
      startsAt: `${daysAgo(-10)}T10:00:00Z`,
      chairUserId: w.chair.id,
      invitedAgencyIds: [w.agencies.police.id, w.agencies.programme.id],
    },
    w.coordinator,
  );
});
afterAll(() => t?.close());

describeInBrowser('the person causing harm in the console: safety plans, programme sessions and the MATAC worklist', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it("the DVA specialist records Grace's safety plan from the family record", async () => {
    const { context, page } = await newConsolePage(browser, t);
    await signInAs(page, specialist.email);
    await page.goto(`/families/${w.familyId}`);
    const section = page.getByRole('region', { name: 'Safety plans' });
    await section.getByText('No safety plans recorded.').waitFor();
    await section.getByRole('link', { name: 'Record a safety plan' }).click();
    await page.getByRole('heading', { name: 'Record a safety plan', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Record safety plan' }).click();
    await page.getByRole('link', { name: 'Select who the plan keeps safe' }).waitFor();
    await checkScreen(page, 'dva-specialist-safety-plan-errors');
    await page.getByLabel('Grace Okafor').check();
    await page.getByLabel('Date agreed').fill(daysAgo(1));
    await page.getByLabel('Measures agreed').fill(`${MEASURE}\nBag packed and kept at work`);
    await page.getByRole('button', { name: 'Record safety plan' }).click();
    await page.getByRole('heading', { name: 'Safety plan for Grace Okafor (Adult victim)' }).waitFor();
    await section.getByText(MEASURE).waitFor();
    await checkScreen(page, 'dva-specialist-safety-plans');
    await context.close();
  });

  it('the perpetrator worker records a missed and an attended session and his view of risk on the accepted referral', async () => {
    const { context, page } = await newConsolePage(browser, t);
    await signInAs(page, w.perpetratorWorker.email);
    await page
      .getByRole('table', { name: /Accepted referrals/ })
      .getByRole('link', { name: /Sessions and view of risk/ })
      .click();
    await page.getByRole('heading', { name: 'Programme sessions: Dan Brennan', level: 1 }).waitFor();
    await page.getByLabel('Date of the session').fill(daysAgo(-1));
    await page.getByLabel('Missed').check();
    await page.getByRole('button', { name: 'Record session' }).click();
    await page.getByRole('link', { name: 'Occurred on cannot be in the future' }).waitFor();
    await page.getByLabel('Date of the session').fill(daysAgo(14));
    await page.getByRole('button', { name: 'Record session' }).click();
    await page.getByText(/Session on .* recorded\./).waitFor();
    await page.getByLabel('Date of the session').fill(daysAgo(7));
    await page.getByLabel('Attended').check();
    await page.getByRole('button', { name: 'Record session' }).click();
    await page.getByText(`Attended 1 of 2 sessions (1 missed)`, { exact: false }).waitFor();
    await page.getByLabel('Date', { exact: true }).fill(daysAgo(2));
    await page.getByLabel('High').check();
    await page.getByLabel('What you see of the risk').fill('Minimises the incidents; angry about contact since the separation');
    await page.getByRole('button', { name: 'Record view of risk' }).click();
    await page.getByRole('table', { name: 'Your views so far' }).getByText('Minimises the incidents').waitFor();
    expect(await page.getByRole('table', { name: 'Sessions (2), oldest first' }).locator('tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/Missed/),
      expect.stringMatching(/Attended/),
    ]);
    await checkScreen(page, 'perpetrator-worker-sessions');
    await context.close();
  });

  it('with break-glass on the family, the perpetrator worker sees nothing of the safety plan; the case holder sees his view of risk', async () => {
    await record(
      `mutation ($input: RequestBreakGlassAccessInput!) { requestBreakGlassAccess(input: $input) { id } }`,
      { subjectType: 'FAMILY', subjectId: w.familyId, reason: 'Dan disclosed a breach at the session today' },
      w.perpetratorWorker,
    );
    const worker = await newConsolePage(browser, t);
    await signInAs(worker.page, w.perpetratorWorker.email);
    await worker.page.goto(`/families/${w.familyId}`);
    await worker.page.getByRole('heading', { name: 'Timeline', level: 2 }).waitFor();
    await worker.page.locator('.moj-timeline__item').first().waitFor();
    // Every section's query has answered (the safety plans section renders nothing while it waits).
    await worker.page.waitForLoadState('networkidle');
    const text = await pageText(worker.page);
    expect(text).not.toMatch(/safety plan/i);
    expect(text).not.toContain(MEASURE);
    await checkScreen(worker.page, 'perpetrator-worker-family-without-safety-plans');
    await worker.context.close();

    const holder = await newConsolePage(browser, t);
    await signInAs(holder.page, w.social.email);
    await holder.page.goto(`/families/${w.familyId}`);
    const views = holder.page.getByRole('region', { name: "Perpetrator worker's view of risk" });
    await views.getByText('Minimises the incidents; angry about contact since the separation').waitFor();
    await holder.page.getByRole('region', { name: 'Safety plans' }).getByText(MEASURE).waitFor();
    await holder.context.close();
  });

  it('the coordinator ranks people causing harm on the MATAC worklist and lists Dan on the MATAC in one step', async () => {
    const { context, page } = await newConsolePage(browser, t);
    await signInAs(page, w.coordinator.email);
    await page.getByRole('link', { name: 'MATAC worklist' }).click();
    await page.getByRole('heading', { name: 'MATAC worklist', level: 1 }).waitFor();
    const table = page.getByRole('table', { name: /People causing harm, highest score first/ });
    const dan = table.getByRole('row', { name: /Dan Brennan/ });
    await dan.waitFor();
    expect(await dan.innerText()).toMatch(/6 incidents or harms recorded in the last 12 months/);
    expect(await pageText(page)).not.toContain('Grace');
    await page.getByLabel('Recency weight').fill('-1');
    await page.getByRole('button', { name: 'Rank again' }).click();
    await page.getByRole('link', { name: /must be zero or more/ }).waitFor();
    await page.getByLabel('Recency weight').fill('1');
    await page.getByRole('button', { name: 'Rank again' }).click();
    await dan.waitFor();
    await page.getByLabel('MATAC to list on').selectOption({ index: 1 });
    await dan.getByRole('button', { name: /List on MATAC/ }).click();
    await page.getByText('Dan Brennan is listed on the MATAC.').waitFor();
    await checkScreen(page, 'coordinator-matac');
    await context.close();
  });
});
