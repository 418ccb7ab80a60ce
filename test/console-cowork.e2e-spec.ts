import { Browser } from 'playwright-core';
import { AgencyKind, Role } from '../libs/access/src';
import { checkScreen, describeInBrowser, launchChromium, newConsolePage, pageText, signInAs } from './support/browser';
import { anAgency, aUser, SignedInUser } from './support/factories';
import { MaracWorld, maracWorld } from './support/marac';
import { DASH, daysBefore, todayDate } from './support/referral-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const START_COWORK = `mutation ($input: StartCoworkInput!) { startCowork(input: $input) { id } }`;
const RECORD_DASH = `mutation ($input: RecordRiskAssessmentInput!) { recordRiskAssessment(input: $input) { id } }`;
const ENTRIES = `query ($familyId: ID!) { coworkEntries(filter: { familyId: $familyId }) { nodes {
  kind occurredOn durationMinutes note peopleSeen { id } practitioners { id } agencies { id } followUps { description dueOn doneOn doneByUserId }
} } }`;

const inWords = (day: string) => new Date(day).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/London' });

const NOTE = 'Grace spoke alone; she is planning to stay at her sister’s on Elm Road';

describeInBrowser('the console: a DVA specialist logs co-work with a family, completes a follow-up and reads the DASH answers', () => {
  let t: TestApp;
  let browser: Browser;
  let w: MaracWorld;
  let specialist: SignedInUser;
  let socialName: string;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchChromium();
    w = await maracWorld(t);
    const womensAid = await anAgency(t, AgencyKind.SPECIALIST_DVA_SERVICE, `Northside Women's Aid ${Date.now()}`);
    specialist = await aUser(t, [Role.DVA_SPECIALIST], womensAid);
    const started = await t.gql(
      START_COWORK,
      { input: { familyId: w.familyId, specialistUserId: specialist.id, startedOn: daysBefore(todayDate(), 30), reason: 'Safety planning with Grace' } },
      { token: w.social.token },
    );
    expect(started.errors).toBeUndefined();
    // 15 yes, then 9 no: visible high risk.
    const dash = await t.gql(
      RECORD_DASH,
      {
        input: {
          familyId: w.familyId,
          victimPersonId: w.graceId,
          personCausingHarmId: w.danId,
          assessedOn: daysBefore(todayDate(), 10),
          judgement: 'HIGH',
          answers: DASH(15),
        },
      },
      { token: specialist.token },
    );
    expect(dash.errors).toBeUndefined();
    socialName = (await t.gql(`{ me { displayName } }`, {}, { token: w.social.token })).data.me.displayName;
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const entries = async () => (await t.gql(ENTRIES, { familyId: w.familyId }, { token: specialist.token })).data.coworkEntries.nodes;

  it('logs a joint visit (a date in the future is refused beside the field, nothing is written), then records its follow-up as done', async () => {
    const { context, page } = await newConsolePage(browser, t);
    try {
      await signInAs(page, specialist.email);
      await page.getByRole('link', { name: 'Families I co-work' }).click();
      await page.getByRole('heading', { name: 'Families I co-work', level: 1 }).waitFor();
      const list = await page.getByRole('table').innerText();
      expect(list).toContain('Okafor-Brown family');
      expect(list).toContain('None logged yet');
      await checkScreen(page, 'dva-specialist-cowork');

      await page.getByRole('link', { name: 'Okafor-Brown family' }).click();
      await page.getByRole('heading', { name: 'Okafor-Brown family', level: 1 }).waitFor();
      await page.getByText('No co-work has been logged for this family yet.').waitFor();
      // The DASH, with its answers for the victim's side.
      await page.getByText(/^Answers to the DASH of/).click();
      const answers = await page.getByRole('table', { name: /The 24 DASH questions/ }).innerText();
      expect(answers).toMatch(/1\. Has the current incident resulted in injury\?\s+Yes/);
      expect(answers).toMatch(/24\. .*criminal history\?\s+No/);
      await checkScreen(page, 'dva-specialist-cowork-family');

      await page.getByRole('button', { name: 'Log a co-work entry' }).click();
      await page.getByRole('heading', { name: 'Log a co-work entry', level: 1 }).waitFor();
      await checkScreen(page, 'dva-specialist-cowork-log');
      await page.getByLabel('Joint visit').check();
      await page.getByLabel('Date', { exact: true }).fill(daysBefore(todayDate(), -1));
      await page.getByLabel('Duration').fill('90');
      await page.getByLabel('Grace Okafor').check();
      await page.getByLabel('Dan Brown').check();
      await page.getByLabel(new RegExp(`^${socialName}`)).check();
      await page.getByLabel('Agencies involved').selectOption({ label: w.agencies.health.name });
      await page.getByRole('button', { name: 'Add agency' }).click();
      await page.getByLabel('Note').fill(NOTE);
      await page.getByRole('button', { name: 'Add a follow-up' }).click();
      await page.getByLabel('What is to be done (follow-up 1)').fill('Refer Grace to the IDVA service');
      await page.getByRole('button', { name: 'Log co-work entry' }).click();

      const summary = page.locator('.govuk-error-summary');
      await summary.waitFor();
      await expect(summary.getByRole('link', { name: 'Date cannot be in the future' }).getAttribute('href')).resolves.toBe('#field-occurredOn');
      // Nothing typed is lost, and nothing was written.
      await expect(page.getByLabel('Note').inputValue()).resolves.toBe(NOTE);
      await expect(page.getByLabel('Dan Brown').isChecked()).resolves.toBe(true);
      await checkScreen(page, 'dva-specialist-cowork-log-error');
      expect(await entries()).toEqual([]);

      const yesterday = daysBefore(todayDate(), 1);
      await page.getByLabel('Date', { exact: true }).fill(yesterday);
      await page.getByRole('button', { name: 'Log co-work entry' }).click();
      await page.getByText(`Co-work entry logged for Joint visit on ${inWords(yesterday)}`).waitFor();
      await page.getByRole('heading', { name: /: Joint visit$/, level: 3 }).waitFor();
      const family = await page.locator('main').innerText();
      expect(family).toContain('Joint visit');
      expect(family).toContain('1 hour 30 minutes');
      expect(family).toContain('Grace Okafor, Dan Brown');
      expect(family).toContain(w.agencies.health.name);
      expect(family).toContain(NOTE);
      expect(family).toContain('Refer Grace to the IDVA service');
      await checkScreen(page, 'dva-specialist-cowork-logged');
      expect(await entries()).toEqual([
        {
          kind: 'JOINT_VISIT',
          occurredOn: yesterday,
          durationMinutes: 90,
          note: NOTE,
          peopleSeen: [{ id: w.graceId }, { id: w.danId }],
          practitioners: [{ id: w.social.id }],
          agencies: [{ id: w.agencies.health.id }],
          followUps: [{ description: 'Refer Grace to the IDVA service', dueOn: null, doneOn: null, doneByUserId: null }],
        },
      ]);

      // A follow-up cannot be done before the co-work it follows.
      await page.getByLabel('Date done').fill(daysBefore(todayDate(), 5));
      await page.getByRole('button', { name: 'Record follow-up as done' }).click();
      await page
        .locator('.govuk-error-summary')
        .getByText(/before the co-work it follows/)
        .waitFor();
      expect((await entries())[0].followUps[0].doneOn).toBeNull();
      await page.getByLabel('Date done').fill(todayDate());
      await page.getByRole('button', { name: 'Record follow-up as done' }).click();
      await page.getByText(/^Done /).waitFor();
      await checkScreen(page, 'dva-specialist-cowork-follow-up-done');
      expect((await entries())[0].followUps[0]).toEqual(expect.objectContaining({ doneOn: todayDate(), doneByUserId: specialist.id }));
    } finally {
      await context.close();
    }
  });

  it('a perpetrator worker opening the co-work screens is told plainly they are not for his role, and sees no co-work note or DASH answer', async () => {
    const { context, page } = await newConsolePage(browser, t);
    try {
      await signInAs(page, w.perpetratorWorker.email);
      await expect(page.getByRole('link', { name: 'Families I co-work' }).count()).resolves.toBe(0);
      await page.goto('/cowork');
      await page.getByText('this screen is not available to your role').waitFor();
      await checkScreen(page, 'perpetrator-worker-cowork-refused');
      await page.goto(`/cowork/${w.familyId}`);
      await page.getByRole('heading', { name: 'You cannot open this family' }).waitFor();
      const text = await pageText(page);
      expect(text).not.toContain('Elm Road');
      expect(text).not.toContain('Has the current incident resulted in injury');
      await checkScreen(page, 'perpetrator-worker-cowork-family-refused');
    } finally {
      await context.close();
    }
  });
});
