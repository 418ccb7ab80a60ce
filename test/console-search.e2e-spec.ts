import { Browser, Page } from 'playwright-core';
import { checkScreen, describeInBrowser, launchChromium, newConsolePage, pageText, signInAs } from './support/browser';
import { aMaracWithItem, maracWorld, MaracWorld } from './support/marac';
import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
let w: MaracWorld;

beforeAll(async () => {
  t = await startTestApp();
  w = await maracWorld(t);
  // Grace is listed at a MARAC the perpetrator programme attends, so its worker may read her record (not all of it).
  await aMaracWithItem(t, w);
  await t.dataSource.query(`UPDATE person SET aliases = '{"Grace Adéyemi"}', postcode_area = 'LS6' WHERE id = $1`, [w.graceId]);
});
afterAll(() => t?.close());

async function openSearch(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Find a person or family' }).click();
  await page.getByRole('heading', { name: 'Find a person or family', level: 1 }).waitFor();
}

describeInBrowser('Find a person or family, in the console', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('a case practitioner is told what to correct, then finds a family member however her name is typed, and opens her family', async () => {
    const { context, page } = await newConsolePage(browser, t);
    await signInAs(page, w.social.email);
    await openSearch(page);

    await page.getByRole('button', { name: 'Search' }).click();
    const summary = page.getByRole('alert');
    await summary.getByText('Name or other name, date of birth or postcode area: enter at least one to search').waitFor();

    await page.getByLabel('Day').fill('31');
    await page.getByLabel('Month').fill('2');
    await page.getByLabel('Year').fill('2019');
    await page.getByLabel('Postcode area').fill('Leeds 6');
    await page.getByRole('button', { name: 'Search' }).click();
    await summary.getByText('Date of birth must be a real date').waitFor();
    const dateGroup = page.getByRole('group', { name: 'Date of birth' });
    expect(await dateGroup.textContent()).toContain('Error: Date of birth must be a real date');
    expect(await page.locator('.govuk-form-group--error', { has: page.getByLabel('Postcode area') }).textContent()).toContain(
      'Postcode area must be the first part of a postcode, such as M14 or SW1A',
    );
    expect(await page.getByLabel('Postcode area').inputValue()).toBe('Leeds 6'); // what was typed is kept
    await checkScreen(page, 'search-form-errors');

    await page.getByLabel('Day').fill('15');
    await page.getByLabel('Month').fill('6');
    await page.getByLabel('Postcode area').fill('');
    await page.getByLabel('Name or other name').fill('  AMARA okafor brown ');
    await page.getByRole('button', { name: 'Search' }).click();
    const results = page.getByRole('table', { name: '1 person found' });
    await results.waitFor();
    const row = results.getByRole('row', { name: /Amara Okafor-Brown/ });
    expect(await row.textContent()).toContain('15 Jun 2019');
    expect(await page.getByRole('alert').count()).toBe(0);
    await checkScreen(page, 'search-results');

    await page.getByLabel('Day').fill('');
    await page.getByLabel('Month').fill('');
    await page.getByLabel('Year').fill('');
    await page.getByLabel('Name or other name').fill('grace adeyemi');
    await page.getByRole('button', { name: 'Search' }).click();
    const grace = page.getByRole('table', { name: '1 person found' }).getByRole('row', { name: /Grace Okafor/ });
    await grace.waitFor();
    expect(await grace.textContent()).toMatch(/Grace Adéyemi.*LS6/);

    await grace.getByRole('link', { name: 'Okafor-Brown family' }).click();
    await page.waitForURL(`**/families/${w.familyId}`);
    await page.goBack();
    await page
      .getByRole('table', { name: '1 person found' })
      .getByRole('row', { name: /Grace Okafor/ })
      .waitFor(); // the results are still there
    expect(await page.getByLabel('Name or other name').inputValue()).toBe('grace adeyemi');
    await context.close();
  });

  it('a perpetrator worker finds the victim by her name but never by her other name, and her restricted details are not shown', async () => {
    const { context, page } = await newConsolePage(browser, t);
    await signInAs(page, w.perpetratorWorker.email);
    await openSearch(page);

    await page.getByLabel('Name or other name').fill('Grace Adeyemi');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { name: 'No one found' }).waitFor();
    expect(await pageText(page)).toContain('No one in the families you work with matches these details.');
    expect(await pageText(page)).not.toMatch(/Okafor|Adéyemi|LS6/);
    await checkScreen(page, 'search-no-results');

    await page.getByLabel('Name or other name').fill('Grace Okafor');
    await page.getByRole('button', { name: 'Search' }).click();
    const row = page.getByRole('table', { name: '1 person found' }).getByRole('row', { name: /Grace Okafor/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Not shown to your role');
    expect(await pageText(page)).not.toMatch(/Adéyemi|LS6/);
    await checkScreen(page, 'search-results-harm-side');
    await context.close();
  });
});
