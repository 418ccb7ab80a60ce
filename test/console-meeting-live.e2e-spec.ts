import { Browser, Page } from 'playwright-core';
import { RequestContext, TransactionalConnection } from '../libs/platform/src';
import { ServiceEntity } from '../libs/referrals/src';
import { checkScreen, describeInBrowser, launchChromium, newConsolePage, pageText, signInAs } from './support/browser';
import { SignedInUser } from './support/factories';
import { aMaracWithItem, maracWorld, MaracWorld } from './support/marac';
import { startTestApp, TestApp } from './support/test-app';

const REFUGE = 'Refuge, 1 Safe Street';
const EXCLUSION = 'Threatened Grace when she asked for help';
const RISKS = 'Strangulation on 2 March; Dan knows the school. High risk.';
const POLICE_ACTION = 'Flag the address and warn Dan under the non-molestation order';

describeInBrowser('the live MARAC and its minutes', () => {
  let t: TestApp;
  let w: MaracWorld;
  let browser: Browser;
  let meetingId: string;
  let programme: string;

  beforeAll(async () => {
    t = await startTestApp();
    w = await maracWorld(t);
    ({ meetingId } = await aMaracWithItem(t, w));
    const db = t.app.get(TransactionalConnection);
    programme = `${w.agencies.programme.name} behaviour-change programme`;
    await db.withTransaction(RequestContext.system('fixture'), (ctx) =>
      db.repository(ctx, ServiceEntity).save({ agencyId: w.agencies.programme.id, name: programme, type: 'PERPETRATOR_PROGRAMME' as ServiceEntity['type'] }),
    );
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function as(user: SignedInUser, path: string, body: (page: Page) => Promise<void>) {
    const { context, page } = await newConsolePage(browser, t);
    try {
      await signInAs(page, user.email);
      await page.goto(path);
      await body(page);
    } catch (error) {
      process.stderr.write(`DEBUG ${page.url()}\n${await pageText(page)}\n`);
      throw error;
    } finally {
      await context.close();
    }
  }
  const live = `/meetings/${'{id}'}/live`;
  const path = (template: string) => template.replace('{id}', meetingId);
  const openCase = async (page: Page) => {
    await page.getByRole('button', { name: '1. Okafor-Brown family' }).click();
    await page.getByRole('heading', { name: 'Okafor-Brown family', level: 2 }).waitFor();
  };
  const attendance = (page: Page, agency: string) => page.getByRole('group', { name: `Did ${agency} attend?` });
  const person = (page: Page, question: string) => page.getByRole('group', { name: question });

  it('the chair records attendance, the risks, how the family took part, a decision and an action', async () => {
    await as(w.chair, path(live), async (page) => {
      await page.getByRole('heading', { name: 'Northside MARAC', level: 1 }).waitFor();
      await checkScreen(page, 'meeting-live-attendance');
      const { police, idvaService, csc, programme: caringDads } = w.agencies;
      for (const [agency, name] of [
        [police.name, 'DS Kim Lee'],
        [idvaService.name, 'Sam Patel (IDVA)'],
        [csc.name, 'Jo Reid'],
      ]) {
        await attendance(page, agency).getByLabel('Attended', { exact: true }).check();
        await page.getByLabel(`Representative for ${agency}`).fill(name);
      }
      await attendance(page, caringDads.name).getByLabel('Did not attend').check();
      await page.getByRole('button', { name: 'Save attendance' }).click();
      await page.getByText('Attendance recorded.').waitFor();
      await eventually(async () => (await page.getByLabel(`Representative for ${idvaService.name}`).inputValue()) === 'Sam Patel (IDVA)');

      await openCase(page);
      await page.getByLabel('Risk summary').fill(RISKS);
      await page.getByRole('button', { name: 'Save risk summary' }).click();
      await page.getByText('Risk summary recorded.').waitFor();
      await eventually(async () => (await page.getByLabel('Risk summary').inputValue()) === RISKS);

      // Dan excluded for safety with no reason: the API's error is beside the field, and nothing typed is lost.
      await person(page, 'How did Grace Okafor take part?').getByLabel('Views given through an advocate').check();
      await person(page, 'Grace Okafor needs an interpreter. Was one provided?').getByLabel('Yes').check();
      await person(page, 'How did Dan Brown take part?').getByLabel('Excluded for safety').check();
      await person(page, 'How did Amara Okafor-Brown take part?').getByLabel('Not applicable').check();
      await person(page, 'How was Amara Okafor-Brown’s own view heard?').getByLabel('Through direct work with the child').check();
      await page.getByRole('button', { name: 'Save participation' }).click();
      const summary = page.locator('.govuk-error-summary');
      await summary.waitFor();
      expect(await summary.innerText()).toContain('Exclusion reason is required: say why Dan was excluded for safety');
      const reason = page.getByLabel('Why was Dan Brown excluded for safety?');
      // The message is beside the reason field, and the field is described by it.
      const errorId = (await reason.getAttribute('aria-describedby'))?.split(' ').find((id) => id.endsWith('-error'));
      expect(errorId).toMatch(/^field-entries-\d-exclusionReason-error$/);
      expect(await page.locator(`#${errorId}`).innerText()).toContain('Exclusion reason is required: say why Dan was excluded for safety');
      expect(await person(page, 'How did Grace Okafor take part?').getByLabel('Views given through an advocate').isChecked()).toBe(true);
      expect(await person(page, 'How was Amara Okafor-Brown’s own view heard?').getByLabel('Through direct work with the child').isChecked()).toBe(true);
      await checkScreen(page, 'meeting-live-participation-error');
      await reason.fill(EXCLUSION);
      await page.getByRole('button', { name: 'Save participation' }).click();
      await page.getByText('Participation recorded.').waitFor();
      expect(await page.locator('.govuk-error-summary').count()).toBe(0);
      // The form shows what is now recorded.
      await eventually(() => person(page, 'How did Dan Brown take part?').getByLabel('Excluded for safety').isChecked());
      await expectValue(page.getByLabel('Why was Dan Brown excluded for safety?'), EXCLUSION);

      await page.getByRole('group', { name: 'What was decided?' }).getByLabel('Step down').check();
      await page.getByLabel('Which child?').selectOption({ label: 'Amara Okafor-Brown' });
      await page.getByLabel('To which level?').selectOption({ label: 'Child in Need' });
      await page.getByLabel('The decision in words').fill('Safety plan holding; Amara steps down to Child in Need');
      await page.getByRole('button', { name: 'Record decision' }).click();
      await page.getByText('Decision recorded; the child’s journey shows the change.').waitFor();
      await page.getByText('Step down for Amara Okafor-Brown: Safety plan holding').waitFor();

      await page.getByLabel('What is to be done?').fill(POLICE_ACTION);
      await page.getByLabel('Owning agency').selectOption({ label: police.name });
      await page.getByLabel('Owner without an account').fill('Intelligence unit, Northside Police');
      await page.getByRole('group', { name: 'Whose need or behaviour does it address?' }).getByLabel('Dan Brown, person causing harm').check();
      await page.getByLabel('Due date').fill('2025-03-18');
      await page.getByRole('button', { name: 'Agree action' }).click();
      await page.getByText('Action agreed.').waitFor();
      await page.getByRole('cell', { name: POLICE_ACTION }).waitFor();
      // Referrals are the family's practitioner's to make; the chair is told so.
      await page.getByText('Referrals are made by the family’s practitioner').waitFor();
      await checkScreen(page, 'meeting-live-case');
    });
  });

  it("Amara's social worker, at the meeting for children's services, refers Dan to the perpetrator programme from the live page", async () => {
    await as(w.social, path(live), async (page) => {
      await page.getByText('You are reading this meeting.').waitFor();
      await openCase(page);
      await page.getByRole('group', { name: 'Who is referred?' }).getByLabel('Dan Brown, person causing harm').check();
      await page.getByLabel('To which service?').selectOption({ label: `${programme} (Perpetrator programme)` });
      await page.getByLabel('Why, for the receiving service').fill('Agreed at MARAC: Dan to be offered a behaviour-change programme');
      await page.getByRole('group', { name: 'Consent' }).getByLabel('Consent given').check();
      await page.getByRole('button', { name: 'Make the referral' }).click();
      await page.getByText('Referral made and sent to the service.').waitFor();
      await page.getByRole('cell', { name: programme }).waitFor();
      await checkScreen(page, 'meeting-live-referral');
    });
    const [row] = await t.dataSource.query(
      `SELECT subject_person_id AS "subject", status, meeting_id AS "meetingId" FROM referral WHERE service_type = 'PERPETRATOR_PROGRAMME' AND family_id = $1`,
      [w.familyId],
    );
    expect(row).toEqual({ subject: w.danId, status: 'SUBMITTED', meetingId });
  });

  it('the coordinator holds the meeting after a confirmation step; the chair prints the minutes and action plan', async () => {
    await as(w.coordinator, path(live), async (page) => {
      await page.getByRole('navigation', { name: 'The meeting, step by step' }).getByRole('button', { name: 'Hold the meeting' }).click();
      await page.getByRole('heading', { name: 'Hold the meeting', level: 2 }).waitFor();
      await page.locator('.govuk-grid-column-three-quarters').getByRole('button', { name: 'Hold the meeting' }).click();
      await page.getByText('Record that Northside MARAC was held?').waitFor();
      expect(await pageText(page)).toContain('1 of 1 cases fully recorded, 1 actions agreed.');
      await checkScreen(page, 'meeting-live-hold');
      await page.getByRole('button', { name: 'Yes, the meeting was held' }).click();
      await page.getByText('The meeting is recorded as held.').first().waitFor();
    });
    expect((await t.dataSource.query(`SELECT status FROM meeting WHERE id = $1`, [meetingId]))[0].status).toBe('HELD');

    await as(w.chair, path('/meetings/{id}/print'), async (page) => {
      await page.getByRole('heading', { name: 'Northside MARAC', level: 1 }).waitFor();
      await page.getByRole('cell', { name: POLICE_ACTION }).waitFor();
      const text = await pageText(page);
      expect(text).toContain('OFFICIAL-SENSITIVE');
      expect(text).toContain('Sam Patel (IDVA)');
      expect(text).toContain('Intelligence unit, Northside Police');
      expect(text).toContain('18 Mar 2025');
      expect(text).toContain(RISKS);
      expect(text).toContain(`Excluded for safety: ${EXCLUSION}`);
      expect(text).toContain('Through direct work with the child');
      expect(text).toContain('Step down for Amara Okafor-Brown: Safety plan holding; Amara steps down to Child in Need');
      expect(text).toMatch(/Held/);
      await page.getByRole('button', { name: 'Print' }).waitFor();
      await checkScreen(page, 'meeting-print');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.govuk-service-navigation').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
      await page.emulateMedia({ media: 'screen' });
    });
  });

  it("the perpetrator worker reads the meeting and its minutes, never Grace's refuge address, the risks or why Dan was excluded", async () => {
    for (const [screen, template] of [
      ['meeting-print-perpetrator-worker', '/meetings/{id}/print'],
      ['meeting-live-perpetrator-worker', live],
    ]) {
      await as(w.perpetratorWorker, path(template), async (page) => {
        await page.getByRole('heading', { name: 'Northside MARAC', level: 1 }).waitFor();
        if (template === live) await openCase(page);
        await page.getByText('Not shown to your role').first().waitFor();
        const text = await pageText(page);
        expect(text).not.toContain(REFUGE);
        expect(text).not.toContain(EXCLUSION);
        expect(text).not.toContain(RISKS);
        expect(text).toContain('Okafor-Brown family');
        await checkScreen(page, screen);
      });
    }
  });
});

async function expectValue(locator: ReturnType<Page['getByLabel']>, value: string) {
  expect(await locator.inputValue()).toBe(value);
}

async function eventually(check: () => Promise<boolean>, timeout = 10_000) {
  const until = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('The page did not show the recorded value in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
