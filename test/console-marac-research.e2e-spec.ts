import { readFileSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { Role } from '../libs/access/src';
import { checkScreen, describeInBrowser, launchChromium, newConsolePage, pageText, signInAs } from './support/browser';
import { aUser, SignedInUser } from './support/factories';
import { AGREE, aMaracWithItem, maracWorld, MaracWorld } from './support/marac';
import { startTestApp, TestApp } from './support/test-app';

/** A calendar date `days` from today (negative: in the past). */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The SafeLives MARAC process in the console: the IDVA service researches Grace's case before the
 * MARAC; the perpetrator programme sees its research without her side of it; the coordinator follows
 * who has researched and reminds the police; at the meeting the chair records that the absent
 * programme sent its information and the coordinator reviews last month's actions; then the
 * action-review report and the SafeLives data return.
 */
describeInBrowser('MARAC research, the action review and the data return in the console', () => {
  let t: TestApp;
  let w: MaracWorld;
  let browser: Browser;
  let current: { meetingId: string; itemId: string };
  let policeRep: SignedInUser;
  const victimFacts = 'Grace moved to the Northgate refuge on 20 February.';
  const safetyPlan = 'IDVA to complete a safety plan with Grace';
  const bailCheck = 'Police to check bail conditions with Dan';

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

  beforeAll(async () => {
    t = await startTestApp();
    w = await maracWorld(t);
    policeRep = await aUser(t, [Role.AGENCY_REPRESENTATIVE], w.agencies.police);
    const previous = await aMaracWithItem(t, w, `${day(-30)}T09:30:00Z`);
    for (const input of [
      { description: safetyPlan, owningAgencyId: w.agencies.idvaService.id, ownerUserId: w.idva.id, subjectPersonId: w.graceId, dueOn: day(-20) },
      { description: bailCheck, owningAgencyId: w.agencies.police.id, externalOwnerName: 'PC Shah', subjectPersonId: w.danId, dueOn: day(-10) },
    ]) {
      const agreed = await t.gql(AGREE, { input: { agendaItemId: previous.itemId, ...input } }, { token: w.chair.token });
      if (agreed.errors) throw new Error(JSON.stringify(agreed.errors));
    }
    await t.gql(`mutation ($id: ID!) { holdMeeting(id: $id) { id } }`, { id: previous.meetingId }, { token: w.coordinator.token });
    // Today's MARAC, started a minute ago: research is still open, and the review can be recorded.
    current = await aMaracWithItem(t, w, new Date(Date.now() - 60_000).toISOString());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('the IDVA representative researches the case: refused without saying whether records are held, then recorded', async () => {
    await as(w.idva, `/meetings/${current.meetingId}`, async (page) => {
      await page.getByRole('link', { name: 'Agency research for each case' }).click();
      await page.getByRole('heading', { name: /^Research for / }).waitFor();
      await page.getByRole('table', { name: 'Cases on the agenda' }).getByText('Not researched').waitFor();
      await checkScreen(page, 'agency-research-cases');
      await page.getByRole('link', { name: /Research case 1/ }).click();
      await page.getByRole('heading', { name: 'Case 1: Okafor-Brown family' }).waitFor();
      await page.getByLabel('Facts about the adult victim').fill(victimFacts);
      await page.getByRole('button', { name: 'Record research' }).click();
      await page.getByRole('alert').getByRole('link', { name: 'Say whether your agency holds records on this family' }).waitFor();
      await checkScreen(page, 'agency-research-form-errors');
      await page.getByRole('group', { name: 'Does your agency hold records on this family?' }).getByLabel('Yes').check();
      await page.getByLabel('Facts about the person causing harm').fill('Dan breached bail on 1 March (police log 114).');
      await page.getByLabel('Your professional opinion').fill('Risk is escalating around the separation.');
      await page.getByLabel('Information held but not shared').fill('The refuge address.');
      await page.getByRole('button', { name: 'Record research' }).click();
      await page
        .getByRole('alert')
        .getByRole('link', { name: /Why it is not shared/ })
        .waitFor();
      await page.getByLabel('Why it is not shared').fill('Would locate Grace.');
      await page.getByRole('button', { name: 'Record research' }).click();
      await page.getByText('Your agency’s research is recorded.').or(page.getByText("Your agency's research is recorded.")).waitFor();
      await page.getByRole('button', { name: 'Update research' }).waitFor();
      await checkScreen(page, 'agency-research-form');
    });
  });

  it('the perpetrator programme reads the IDVA’s research without anything on the victim side', async () => {
    await as(w.perpetratorWorker, `/meetings/${current.meetingId}/research/${current.itemId}`, async (page) => {
      await page.getByRole('heading', { name: w.agencies.idvaService.name }).waitFor();
      await page.getByText('Dan breached bail on 1 March (police log 114).').waitFor();
      expect(await page.getByText('Not shown to your role').count()).toBeGreaterThanOrEqual(5);
      const text = await pageText(page);
      for (const secret of [victimFacts, 'Risk is escalating', 'refuge address', 'Would locate Grace']) expect(text).not.toContain(secret);
      await checkScreen(page, 'perpetrator-research-view');
    });
  });

  it('the coordinator sees who has researched and reminds the police', async () => {
    await as(w.coordinator, `/meetings/${current.meetingId}`, async (page) => {
      await page.getByRole('link', { name: 'Research status by case and agency' }).click();
      const grid = page.getByRole('table', { name: 'Research by case and agency' });
      await grid.waitFor();
      const row = grid.getByRole('row').filter({ hasText: 'Okafor-Brown family' });
      expect(await row.textContent()).toContain('Researched');
      expect(await row.textContent()).toContain('Not researched');
      await page.getByRole('button', { name: `Send reminder to ${w.agencies.police.name}` }).click();
      await page.getByText(`Reminder sent to 1 person at ${w.agencies.police.name}: 1 case to research.`).waitFor();
      await page
        .getByRole('table', { name: 'Agencies invited' })
        .getByRole('row')
        .filter({ hasText: w.agencies.police.name })
        .getByText(/^1, last/)
        .waitFor();
      await checkScreen(page, 'coordinator-research-status');
      // CSC has nobody to remind: said plainly, nothing sent.
      await page.getByRole('button', { name: `Send reminder to ${w.agencies.csc.name}` }).click();
      await page.getByText(/has no active representative in Waymark to remind/).waitFor();
    });
    const inbox = await t.gql(`{ myNotifications { nodes { kind body } } }`, {}, { token: policeRep.token });
    expect(inbox.data.myNotifications.nodes.map((n: { kind: string }) => n.kind)).toEqual(['RESEARCH_REMINDER']);
  });

  it('the chair records that the absent programme sent its information', async () => {
    await as(w.chair, `/meetings/${current.meetingId}/live`, async (page) => {
      const programme = w.agencies.programme.name;
      await page
        .getByRole('group', { name: `Did ${programme} attend?` })
        .getByLabel('Did not attend')
        .check();
      await page
        .getByRole('group', { name: `Did ${programme} send its information?` })
        .getByLabel('Information sent', { exact: true })
        .check();
      await checkScreen(page, 'meeting-live-apologies');
      await page.getByRole('button', { name: 'Save attendance' }).click();
      await page.getByText('Attendance recorded.').waitFor();
    });
    const [row] = await t.dataSource.query(`SELECT attended, information_sent FROM meeting_agency WHERE meeting_id = $1 AND agency_id = $2`, [
      current.meetingId,
      w.agencies.programme.id,
    ]);
    expect(row).toEqual({ attended: false, information_sent: true });
  });

  it('the coordinator reviews last month’s actions: one done, one still open with a new date', async () => {
    await as(w.coordinator, `/meetings/${current.meetingId}`, async (page) => {
      await page.getByRole('link', { name: 'Review of earlier actions' }).click();
      await page.getByRole('heading', { name: 'Action review', level: 1 }).waitFor();
      await page.getByText('2 to review', { exact: false }).waitFor();
      await checkScreen(page, 'action-review');
      const plan = page.getByRole('group', { name: `How does "${safetyPlan}" stand?` });
      await plan.getByLabel('Done', { exact: true }).check();
      await page.getByRole('button', { name: `Record review of ${safetyPlan}` }).click();
      await page.locator('.govuk-tag', { hasText: 'Done' }).first().waitFor();

      const bail = page.getByRole('group', { name: `How does "${bailCheck}" stand?` });
      await bail.getByLabel('Still open, with a new date').check();
      await page.getByRole('button', { name: `Record review of ${bailCheck}` }).click();
      await page
        .getByRole('alert')
        .getByRole('link', { name: /New due date/ })
        .waitFor();
      await checkScreen(page, 'action-review-errors');
      await page.getByLabel('New due date').fill(day(14));
      await page.getByRole('button', { name: `Record review of ${bailCheck}` }).click();
      await page.getByText('Still open, with a new date').last().waitFor();
      await eventually(async () => (await page.getByRole('button', { name: /Record review/ }).count()) === 0);
    });
    const outcomes = await t.dataSource.query(`SELECT outcome FROM action_review WHERE meeting_id = $1 ORDER BY outcome`, [current.meetingId]);
    expect(outcomes.map((r: { outcome: string }) => r.outcome)).toEqual(['DONE', 'STILL_OPEN']);
  });

  it('the action-review report counts them by agency, and the data return downloads as a file', async () => {
    await as(w.coordinator, '/', async (page) => {
      await page.getByRole('link', { name: 'MARAC reports' }).click();
      const table = page.getByRole('table', { name: /^Actions from MARACs held/ });
      await table.waitFor();
      const idva = table.getByRole('row').filter({ hasText: w.agencies.idvaService.name });
      expect((await idva.getByRole('cell').allTextContents()).slice(0, 3)).toEqual([w.agencies.idvaService.name, '1', '0']);
      await checkScreen(page, 'action-review-report');

      await page.getByRole('link', { name: 'Download the MARAC data return for a period' }).click();
      await page.getByRole('heading', { name: 'SafeLives MARAC data return' }).waitFor();
      await page.getByLabel('First day').fill(day(-60));
      await page.getByLabel('Last day').fill(day(0));
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the data return (CSV)' }).click()]);
      expect(download.suggestedFilename()).toBe(`marac-data-return-${day(-60)}-${day(0)}.csv`);
      const [header, row] = readFileSync(await download.path())
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      const figures = Object.fromEntries(header.split(',').map((column, i) => [column, row.split(',')[i]]));
      expect(figures).toMatchObject({ cases_discussed: '2', repeat_cases: '1', children_in_households: '2', victims_lgbt_plus: 'not recorded' });
      await page.getByText(`Downloaded marac-data-return-${day(-60)}-${day(0)}.csv.`).waitFor();
      await checkScreen(page, 'marac-data-return');

      await page.getByLabel('Last day').fill(day(-90));
      await page.getByRole('button', { name: 'Download the data return (CSV)' }).click();
      await page
        .getByRole('alert')
        .getByText(/before it starts/)
        .waitFor();
      await checkScreen(page, 'marac-data-return-errors');
    });
  });

  it('an agency representative is told plainly that the reports are not for their role', async () => {
    await as(w.idva, '/reports/action-review', async (page) => {
      await page.getByText('This report is for MARAC coordinators, managers and analysts.').waitFor();
      await checkScreen(page, 'action-review-report-refused');
    });
  });
});

async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition never held');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
