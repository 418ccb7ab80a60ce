import { readFileSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { checkScreen, describeInBrowser, launchChromium, newConsolePage, signInAs } from './support/browser';
import { reportScreensWorld } from './support/report-console-fixtures';
import { ReportWorld } from './support/report-fixtures';
import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
let w: ReportWorld;

beforeAll(async () => {
  t = await startTestApp();
  w = await reportScreensWorld(t);
});
afterAll(() => t?.close());

/** Clicks a download button and returns the saved file's name and text (after its byte order mark). */
async function downloadCsv(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8').replace(/^\uFEFF/, '') };
}

describeInBrowser("The manager's signals and reports, in the console", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('works the signals worklist: opens a chart figure, lands on the list behind it, and acknowledges a signal', async () => {
    const { context, page } = await newConsolePage(browser, t);
    await signInAs(page, w.managerA.email);
    await page.getByRole('link', { name: 'Risk signals' }).click();
    await page.getByRole('heading', { name: 'Risk signals', level: 1 }).waitFor();
    const chart = page.getByRole('group', { name: 'Open risk signals by kind and how long ago they were first raised' });
    await chart.waitFor();
    // Serious first: the HIGH revolving door leads the worklist.
    const first = page.locator('ul.govuk-list > li').first();
    expect(await first.textContent()).toContain('High');
    await checkScreen(page, 'manager-signals');

    // A figure in the chart itself is a link to the signals it counts.
    await chart.getByRole('link', { name: 'Interpreter gap, first raised 3 months or more: 2 signals' }).click();
    await page.waitForURL('**/signals?kind=INTERPRETER_GAP&age=OVER_THREE_MONTHS');
    await page.getByRole('heading', { name: 'Risk signals: Interpreter gap, first raised 3 months or more', level: 1 }).waitFor();
    await page
      .getByRole('listitem', { name: /^Interpreter gap for the / })
      .first()
      .waitFor();
    expect(await page.getByRole('listitem', { name: /^Interpreter gap for the / }).count()).toBe(2);
    expect(await page.getByRole('listitem', { name: /^Revolving door/ }).count()).toBe(0);

    // And so is each figure of the table beside it.
    await page.goBack();
    await page.getByRole('link', { name: 'Revolving door, first raised under a week: 6', exact: true }).click();
    await page.waitForURL('**/signals?kind=REVOLVING_DOOR&age=UNDER_ONE_WEEK');
    const doors = page.getByRole('listitem', { name: /^Revolving door for the / });
    await doors.first().waitFor();
    expect(await doors.count()).toBe(6);
    await checkScreen(page, 'manager-signals-list');

    const signal = doors.first();
    await signal.getByRole('button', { name: /^Acknowledge/ }).click();
    await page.getByRole('button', { name: 'Acknowledge signal' }).click();
    await page.getByRole('alert').getByText('Enter what is being done about this signal').waitFor();
    await checkScreen(page, 'manager-signals-acknowledge-error');
    await page.getByLabel('What is being done').fill('Discussed in supervision; CIN review brought forward');
    await page.getByRole('button', { name: 'Acknowledge signal' }).click();
    await page.getByText('Signal acknowledged. It stays on the worklist until it resolves.').waitFor();
    await page.getByText('Discussed in supervision; CIN review brought forward').waitFor();
    const [stored] = await t.dataSource.query(`SELECT count(*)::int AS n FROM risk_signal WHERE state = 'ACKNOWLEDGED' AND acknowledged_by_user_id = $1`, [
      w.managerA.id,
    ]);
    expect(stored.n).toBe(1);
    expect(await doors.count()).toBe(6); // still on the worklist
    await context.close();
  }, 180_000);

  it('reads the reports as charts with their tables, drills the participation audit to agenda items, and downloads a CSV', async () => {
    const { context, page } = await newConsolePage(browser, t);
    await signInAs(page, w.managerA.email);
    await page.getByRole('link', { name: 'Reports', exact: true }).click();
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
    await page.getByRole('img', { name: "Referrals to children's social care and re-referrals, by month" }).waitFor();
    await page.getByRole('img', { name: 'Open risk signals at the end of each month, and signals first raised in it' }).waitFor();
    const trend = page.getByRole('table', { name: 'Referrals, re-referrals and repeat MARACs by month' });
    expect(await trend.getByRole('row').count()).toBe(13); // header and twelve months
    expect(await trend.getByRole('row').last().textContent()).toContain('6');
    await checkScreen(page, 'manager-reports');

    await page.getByRole('link', { name: 'Family participation audit' }).click();
    await page.getByRole('heading', { name: 'Family participation audit', level: 1 }).waitFor();
    const bars = page.getByRole('group', { name: 'How each kind of family member took part: MARAC' });
    await bars.waitFor();
    const table = page.getByRole('table', { name: 'MARAC: people in scope by how they took part' });
    expect(await table.getByRole('row', { name: /Adult victim/ }).textContent()).toMatch(/^Adult victim6510000$/);
    await checkScreen(page, 'manager-reports-participation');

    // The bar's "not invited" segment for adult victims opens the one agenda item behind it.
    await bars.getByRole('link', { name: /^MARAC, adult victim, not invited: 1/ }).click();
    await page.getByRole('heading', { name: 'Agenda items behind the figure', level: 1 }).waitFor();
    const items = page.getByRole('table', { name: '1 agenda item' });
    await items.waitFor();
    expect(await items.getByRole('link', { name: /^MARAC on / }).count()).toBe(1);
    expect(await page.getByText('adult victim not invited').count()).toBe(1);
    await checkScreen(page, 'manager-reports-participation-items');
    await page.getByRole('link', { name: 'Back to the participation audit' }).click();

    // Took part: the five victims heard through the IDVA.
    await page
      .getByRole('table', { name: 'MARAC: people in scope by how they took part' })
      .getByRole('link', { name: 'MARAC, adult victim, took part: 5', exact: true })
      .click();
    await page.getByRole('table', { name: '5 agenda items' }).waitFor();
    await page.goBack();

    // The export is fetched with the session's token and saved as a file; exports are always suppressed.
    const csv = await downloadCsv(page, 'Download the participation audit (CSV)');
    expect(csv.name).toMatch(/^participation-audit.*\.csv$/);
    expect(csv.text.split('\r\n')[0]).toBe('meeting_type,family_member,measure,outcome,value,suppressed');
    expect(csv.text).toContain('MARAC,ADULT_VICTIM,people_by_outcome,NOT_INVITED,fewer than 5 or withheld,true');
    expect(csv.text).toContain('MARAC,PERSON_CAUSING_HARM,people_by_outcome,NOT_INVITED,6,');
    await page.getByText(/^Saved participation-audit.*\.csv/).waitFor();

    for (const [link, heading, screen] of [
      ['Revolving door and closures', 'Revolving door and closures', 'manager-reports-revolving-door'],
      ['Referral outcomes', 'Referral outcomes', 'manager-reports-referral-outcomes'],
      ['MARAC dataset', 'MARAC dataset', 'manager-reports-marac'],
      ['Social gradient', 'Social gradient', 'manager-reports-social-gradient'],
    ]) {
      await page.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: link }).click();
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await page.getByRole('button', { name: /^Download .* \(CSV\)$/ }).waitFor();
      await checkScreen(page, screen);
    }
    const door = await downloadCsv(page, 'Download the social gradient (CSV)');
    expect(door.text.split('\r\n')[0]).toBe('dimension,group,measure,value,suppressed');
    await context.close();
  }, 180_000);

  it('says so plainly when the period runs backwards', async () => {
    const { context, page } = await newConsolePage(browser, t);
    await signInAs(page, w.managerA.email);
    await page.goto('/reports/revolving-door?from=2025-06-01&to=2025-01-01');
    await page
      .getByRole('alert')
      .getByText(/the period ends \(2025-01-01\) before it starts/)
      .waitFor();
    await checkScreen(page, 'manager-reports-period-error');
    await context.close();
  }, 180_000);
});
