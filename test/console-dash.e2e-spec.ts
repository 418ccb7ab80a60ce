import { Browser, Page } from 'playwright-core';
import { AgencyKind, Role } from '../libs/access/src';
import { checkScreen, describeInBrowser, launchChromium, newConsolePage, signInAs } from './support/browser';
import { anAgency, aUser, SignedInUser } from './support/factories';
import { MaracWorld, maracWorld } from './support/marac';
import { startTestApp, TestApp } from './support/test-app';

const START_COWORK = `mutation ($input: StartCoworkInput!) { startCowork(input: $input) { id } }`;
const REFERRALS = `query ($id: ID!) { family(id: $id) {
  referrals { id status consent lawfulBasis subjectPersonId serviceId maracCriteria reason submittedOn }
  riskAssessments { id score judgement assessedOn answers victimPersonId personCausingHarmId assessorUserId }
} }`;

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const YESTERDAY = isoDay(-1);
const TOMORROW = isoDay(1);
const inWords = (day: string) => new Date(day).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/London' });

/** 15 yes (questions 1 to 15), then five no and four not known. */
const ANSWERS = [...Array(15).fill('Yes'), ...Array(5).fill('No'), ...Array(4).fill('Not known')] as string[];

const question = (page: Page, number: number) => page.getByRole('group', { name: new RegExp(`^${number}\\. `) });

async function fillDash(page: Page, assessedOn: string): Promise<void> {
  await page.getByLabel('Adult victim').selectOption({ label: 'Grace Okafor' });
  await page.getByLabel('Person causing harm').selectOption({ label: 'Dan Brown' });
  await page.getByLabel('Date of assessment').fill(assessedOn);
  for (const [index, answer] of ANSWERS.entries())
    await question(page, index + 1)
      .getByLabel(answer, { exact: true })
      .check();
  await page
    .getByRole('group', { name: /professional judgement/ })
    .getByLabel('High')
    .check();
}

describeInBrowser('the console: a DVA specialist records a DASH and refers the victim to MARAC without typing anything twice', () => {
  let t: TestApp;
  let browser: Browser;
  let w: MaracWorld;
  let specialist: SignedInUser;
  let maracName: string;
  let assessmentId: string;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchChromium();
    w = await maracWorld(t);
    const dvaService = await anAgency(t, AgencyKind.SPECIALIST_DVA_SERVICE, `Northside Women's Aid ${Date.now()}`);
    specialist = await aUser(t, [Role.DVA_SPECIALIST], dvaService);
    // Amara's social worker, the case holder, opens the family to the specialist.
    const started = await t.gql(
      START_COWORK,
      { input: { familyId: w.familyId, specialistUserId: specialist.id, startedOn: '2026-01-12', reason: 'Safety planning with Grace' } },
      { token: w.social.token },
    );
    expect(started.errors).toBeUndefined();
    maracName = (await t.dataSource.query(`SELECT name FROM service WHERE id = $1`, [w.maracServiceId]))[0].name;
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const familyRecords = async () => (await t.gql(REFERRALS, { id: w.familyId }, { token: specialist.token })).data.family;

  it('a DASH dated tomorrow is refused beside the date field, and every answer is kept', async () => {
    const { context, page } = await newConsolePage(browser, t);
    try {
      await signInAs(page, specialist.email);
      await page.goto(`/families/${w.familyId}/risk-assessments/new`);
      await page.getByRole('heading', { name: 'Record a DASH risk assessment', level: 1 }).waitFor();
      await checkScreen(page, 'dash-form');
      await fillDash(page, TOMORROW);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('button', { name: 'Save DASH risk assessment' }).click();

      const summary = page.locator('.govuk-error-summary');
      await summary.waitFor();
      await expect(summary.getByRole('link', { name: 'Date of assessment cannot be in the future' }).getAttribute('href')).resolves.toBe('#field-assessedOn');
      const dateGroup = page.locator('.govuk-form-group--error', { has: page.getByLabel('Date of assessment') });
      await expect(dateGroup.locator('.govuk-error-message').innerText()).resolves.toMatch(/cannot be in the future/);
      // Nothing typed is lost.
      await expect(page.getByLabel('Date of assessment').inputValue()).resolves.toBe(TOMORROW);
      for (const [index, answer] of ANSWERS.entries()) {
        await expect(
          question(page, index + 1)
            .getByLabel(answer, { exact: true })
            .isChecked(),
        ).resolves.toBe(true);
      }
      await expect(page.getByText('Score so far: 15 of 24 answered yes.').isVisible()).resolves.toBe(true);
      await checkScreen(page, 'dash-form-error');
      expect((await familyRecords()).riskAssessments).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('records a DASH of 15 for Grace about Dan, sees the score, and refers Grace to MARAC with her consent', async () => {
    const { context, page } = await newConsolePage(browser, t);
    try {
      await signInAs(page, specialist.email);
      await page.goto(`/families/${w.familyId}/risk-assessments/new`);
      await fillDash(page, YESTERDAY);
      await page.getByRole('button', { name: 'Continue' }).click();

      await page.getByRole('heading', { name: 'Check your answers before saving the DASH', level: 1 }).waitFor();
      const check = page.locator('main');
      await expect(check.innerText()).resolves.toContain('15 of 24 answered yes');
      await expect(check.innerText()).resolves.toContain('Grace Okafor');
      await expect(check.innerText()).resolves.toContain('Dan Brown');
      await checkScreen(page, 'dash-check-answers');
      // Change goes back to the field, everything else kept.
      await page.getByRole('button', { name: 'Change answer to question 16' }).click();
      await page.getByRole('heading', { name: 'Record a DASH risk assessment', level: 1 }).waitFor();
      await expect(page.evaluate<string>('document.activeElement.id')).resolves.toBe('field-answers-15');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { name: 'Check your answers before saving the DASH', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Save DASH risk assessment' }).click();

      await page.getByRole('heading', { name: 'DASH risk assessment for Grace Okafor', level: 1 }).waitFor();
      await expect(page.getByText('DASH risk assessment saved: score 15').isVisible()).resolves.toBe(true);
      await expect(page.getByRole('table').innerText()).resolves.toContain('15. Has the person causing harm ever attempted to strangle');
      await checkScreen(page, 'dash-assessment');
      const saved = (await familyRecords()).riskAssessments;
      expect(saved).toEqual([
        expect.objectContaining({
          score: 15,
          judgement: 'HIGH',
          assessedOn: YESTERDAY,
          victimPersonId: w.graceId,
          personCausingHarmId: w.danId,
          assessorUserId: specialist.id,
          answers: [...Array(15).fill('YES'), ...Array(5).fill('NO'), ...Array(4).fill('NOT_KNOWN')],
        }),
      ]);

      await page.getByRole('link', { name: 'Refer Grace Okafor to MARAC' }).click();
      await page.getByRole('heading', { name: 'Refer Grace Okafor to MARAC', level: 1 }).waitFor();
      const form = await page.locator('main').innerText();
      // Prefilled from the DASH and the criteria, shown to the referrer, not asked again.
      expect(form).toContain('15 of 24 answered yes');
      expect(form).toContain('Dan Brown');
      expect(form).toMatch(/Visible high risk\s+Met/);
      expect(form).toMatch(/Professional judgement\s+Met/);
      await expect(page.getByLabel('Reason for the referral').inputValue()).resolves.toContain(
        `DASH of ${inWords(YESTERDAY)}: 15 of 24 answered yes, judged high; harm from Dan Brown.`,
      );
      await expect(page.getByLabel('Adult victim').count()).resolves.toBe(0);
      const maracChoice = page.getByLabel('MARAC', { exact: true });
      if (await maracChoice.count()) await maracChoice.selectOption({ label: maracName });
      // Without consent she must give the lawful basis; "Other" needs it in words, which the API asks for beside the field.
      await page.getByLabel('No, consent refused').check();
      await page.getByLabel('Other', { exact: true }).check();
      await page.getByRole('button', { name: 'Submit referral to MARAC' }).click();
      await page.locator('.govuk-error-summary').waitFor();
      const noteGroup = page.locator('.govuk-form-group--error', { has: page.getByLabel('The lawful basis, in words') });
      await expect(noteGroup.locator('.govuk-error-message').innerText()).resolves.toContain(
        'The lawful basis, in words: say what the lawful basis is when it is OTHER',
      );
      await checkScreen(page, 'dash-marac-referral-error');
      expect((await familyRecords()).referrals).toEqual([]);

      await page.getByLabel('Yes, consent given').check();
      await expect(page.getByLabel('Lawful basis for sharing without consent').count()).resolves.toBe(0);
      await checkScreen(page, 'dash-marac-referral');
      await page.getByRole('button', { name: 'Submit referral to MARAC' }).click();

      await page.getByRole('heading', { name: 'MARAC referral submitted', level: 1 }).waitFor();
      const confirmation = await page.locator('main').innerText();
      expect(confirmation).toContain('Grace Okafor');
      expect(confirmation).toMatch(/Criteria met\s+Visible high risk, Professional judgement|Criteria met\s+Professional judgement, Visible high risk/);
      await checkScreen(page, 'dash-marac-referral-submitted');

      const { referrals } = await familyRecords();
      expect(referrals).toEqual([
        expect.objectContaining({
          status: 'SUBMITTED',
          consent: 'GIVEN',
          lawfulBasis: null,
          subjectPersonId: w.graceId,
          serviceId: w.maracServiceId,
          submittedOn: new Date().toISOString().slice(0, 10),
          maracCriteria: expect.arrayContaining(['VISIBLE_HIGH_RISK', 'PROFESSIONAL_JUDGEMENT']),
          reason: expect.stringContaining(`DASH of ${inWords(YESTERDAY)}: 15 of 24 answered yes`),
        }),
      ]);
      assessmentId = saved[0].id;
    } finally {
      await context.close();
    }
  });

  it('the MARAC coordinator receiving the referral sees the score and judgement, and "Not shown to your role" for the answers', async () => {
    const { context, page } = await newConsolePage(browser, t);
    try {
      await signInAs(page, w.coordinator.email);
      await page.goto(`/families/${w.familyId}/risk-assessments/${assessmentId}`);
      await page.getByRole('heading', { name: 'DASH risk assessment for Grace Okafor', level: 1 }).waitFor();
      const text = await page.locator('main').innerText();
      expect(text).toContain('15 of 24 answered yes');
      expect(text).toMatch(/Answers\s+Not shown to your role/);
      expect(text).not.toContain('strangle');
      await expect(page.getByRole('link', { name: /Refer .* to MARAC/ }).count()).resolves.toBe(0);
      await checkScreen(page, 'dash-assessment-coordinator');
    } finally {
      await context.close();
    }
  });

  // Last: it changes the specialist's password, which ends every session she has.
  it('when her session ends as she saves, she signs in again and finds every answer still there', async () => {
    const { context, page } = await newConsolePage(browser, t);
    try {
      await signInAs(page, specialist.email);
      await page.goto(`/families/${w.familyId}/risk-assessments/new`);
      await fillDash(page, YESTERDAY);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { name: 'Check your answers before saving the DASH', level: 1 }).waitFor();
      // An administrator resets her password: her tokens stop working.
      const admin = await aUser(t, [Role.ADMIN]);
      const reset = await t.gql(
        `mutation ($input: SetUserPasswordInput!) { setUserPassword(input: $input) { id } }`,
        { input: { userId: specialist.id, password: 'A new long passphrase 2026' } },
        { token: admin.token },
      );
      expect(reset.errors).toBeUndefined();
      await page.getByRole('button', { name: 'Save DASH risk assessment' }).click();

      await page.getByText('Your session ended. Sign in again to carry on').waitFor();
      await page.getByLabel('Email address').fill(specialist.email);
      await page.getByLabel('Password').fill('A new long passphrase 2026');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Record a DASH risk assessment', level: 1 }).waitFor();
      await expect(page.getByLabel('Adult victim').inputValue()).resolves.toBe(w.graceId);
      await expect(page.getByLabel('Date of assessment').inputValue()).resolves.toBe(YESTERDAY);
      for (const [index, answer] of ANSWERS.entries()) {
        await expect(
          question(page, index + 1)
            .getByLabel(answer, { exact: true })
            .isChecked(),
        ).resolves.toBe(true);
      }
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('button', { name: 'Save DASH risk assessment' }).click();
      await page.getByText('DASH risk assessment saved: score 15').waitFor();
      // Her old token is gone with the password, so count in the database.
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM risk_assessment WHERE family_id = $1`, [w.familyId]))[0].n).toBe(2);
    } finally {
      await context.close();
    }
  });
});
