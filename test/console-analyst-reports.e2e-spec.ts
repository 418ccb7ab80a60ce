import { readFileSync } from 'node:fs';
import { Browser } from 'playwright-core';
import { checkScreen, describeInBrowser, launchChromium, newConsolePage, pageText, signInAs } from './support/browser';
import { reportScreensWorld } from './support/report-console-fixtures';
import { ReportWorld } from './support/report-fixtures';
import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
let w: ReportWorld;
// The analyst reads partnership-wide figures: the world's MARAC sits on a day no other file uses.
const MARAC_ON = '2022-03-14';

beforeAll(async () => {
  t = await startTestApp();
  w = await reportScreensWorld(t, { maracOn: MARAC_ON });
});
afterAll(() => t?.close());

describeInBrowser("The analyst's reports, in the console", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('reads a suppressed figure as "fewer than 5", never 0, in charts, tables and downloads', async () => {
    const { context, page } = await newConsolePage(browser, t);
    await signInAs(page, w.analyst.email);
    expect(await page.getByRole('link', { name: 'Risk signals' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Reports', exact: true }).click();
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
    await page.getByText('Small numbers are suppressed').waitFor();

    // Open signals are counted across the partnership (other test files add to them): the table and the
    // chart say exactly what the API gives the analyst, a hidden figure in words and never as a number.
    const api = await t.gql(`{ signalsOverview { byKind { kind open { value suppressed } } } }`, {}, { token: w.analyst.token });
    expect(api.errors).toBeUndefined();
    const table = page.getByRole('table', { name: 'Open risk signals by kind and age' });
    await table.waitFor();
    for (const { kind, open } of api.data.signalsOverview.byKind as Array<{ kind: string; open: { value: number | null; suppressed: boolean } }>) {
      const label = kind.charAt(0) + kind.slice(1).toLowerCase().replaceAll('_', ' ');
      const shown = await table
        .getByRole('row', { name: new RegExp(`^${label}`, 'i') })
        .first()
        .getByRole('cell')
        .last()
        .textContent();
      expect({ kind, open: shown?.trim() }).toEqual({ kind, open: open.suppressed ? 'fewer than 5 or withheld' : open.value!.toLocaleString('en-GB') });
    }
    const chart = page.getByRole('img', { name: 'Open risk signals by kind and how long ago they were first raised' });
    await chart.waitFor();
    expect(await chart.getByRole('link').count()).toBe(0); // an analyst opens no records
    await checkScreen(page, 'analyst-reports');

    // The participation audit, for the world's MARAC day: the one victim nobody invited is "fewer than 5"
    // in the table and the chart.
    await page.goto(`/reports/participation?from=${MARAC_ON}&to=${MARAC_ON}`);
    const participation = page.getByRole('table', { name: 'MARAC: people in scope by how they took part' });
    await participation.waitFor();
    const victims = await participation.getByRole('row', { name: /Adult victim/ }).textContent();
    expect(victims).toContain('fewer than 5');
    expect(victims).not.toMatch(/Not invited.*\b1\b/);
    const bars = page.getByRole('img', { name: 'How each kind of family member took part: MARAC' });
    const hidden = bars.locator('rect.wm-chart__seg--hidden');
    expect(await hidden.count()).toBe(1); // the victims' hidden figures, drawn together, hatched
    expect(await hidden.first().textContent()).toContain('Not invited fewer than 5');
    expect(await participation.getByRole('link').count()).toBe(0); // no drill-down for an analyst
    await checkScreen(page, 'analyst-reports-participation');
    // …and in the file downloaded.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the participation audit (CSV)' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('MARAC,ADULT_VICTIM,people_by_outcome,NOT_INVITED,fewer than 5 or withheld,true');
    expect(csv).not.toMatch(/MARAC,ADULT_VICTIM,people_by_outcome,NOT_INVITED,(1|0)?,/);

    for (const [link, screen] of [
      ['Revolving door and closures', 'analyst-reports-revolving-door'],
      ['Referral outcomes', 'analyst-reports-referral-outcomes'],
      ['MARAC dataset', 'analyst-reports-marac'],
      ['Social gradient', 'analyst-reports-social-gradient'],
    ]) {
      await page.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: link }).click();
      await page.getByRole('heading', { name: link, level: 1 }).waitFor();
      await page.getByRole('button', { name: /^Download .* \(CSV\)$/ }).waitFor();
      expect(await pageText(page)).not.toMatch(/Not shown|undefined|NaN/);
      await checkScreen(page, screen);
    }
    await context.close();
  }, 180_000);

  it('is told plainly that the signals worklist and the drill-down are not for analysts', async () => {
    const { context, page } = await newConsolePage(browser, t);
    await signInAs(page, w.analyst.email);
    await page.goto('/signals');
    await page.getByText('The risk signals worklist is not available to your role.').waitFor();
    await checkScreen(page, 'analyst-signals-refused');
    await page.goto('/reports/participation/items?scopeRole=ADULT_VICTIM&outcome=NOT_INVITED');
    await page.getByText('This report is not available to your role.').waitFor();
    await checkScreen(page, 'analyst-drill-down-refused');
    await context.close();
  }, 180_000);
});
