import { readFileSync } from 'node:fs';
import { Browser } from 'playwright-core';
import { checkScreen, describeInBrowser, launchChromium, newConsolePage, pageText, signInAs } from './support/browser';
import { aMaracWithItem, maracWorld, MaracWorld } from './support/marac';
import { pdfPages } from './support/pdf-text';
import { startTestApp, TestApp } from './support/test-app';

/** The coordinator downloads the programme's pack from the meeting page; the perpetrator worker, his agency's own. */
describeInBrowser('meeting packs from the console', () => {
  let t: TestApp;
  let w: MaracWorld;
  let browser: Browser;
  let meetingId: string;

  beforeAll(async () => {
    t = await startTestApp();
    w = await maracWorld(t);
    ({ meetingId } = await aMaracWithItem(t, w));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  it('the coordinator downloads the Caring Dads pack as a PDF file, fetched with her token', async () => {
    const { context, page } = await newConsolePage(browser, t);
    await signInAs(page, w.coordinator.email);
    await page.goto(`/meetings/${meetingId}`);
    await page.getByRole('heading', { name: 'Meeting packs and minutes' }).waitFor();
    expect(await pageText(page)).toContain('Venue');
    await checkScreen(page, 'meeting-packs-coordinator');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Download pack for ${w.agencies.programme.name}` }).click(),
    ]);
    const file = readFileSync((await download.path())!);
    expect(file.subarray(0, 5).toString()).toBe('%PDF-');
    expect(download.suggestedFilename()).toMatch(/^meeting-pack-2025-03-04-.*caring-dads\.pdf$/);
    expect((await pdfPages(file)).join(' ')).toContain('Risk summary: Not shown to your agency.');
    await context.close();
  });

  it("the perpetrator worker sees only his agency's pack, and downloads it", async () => {
    const { context, page } = await newConsolePage(browser, t);
    await signInAs(page, w.perpetratorWorker.email);
    await page.goto(`/meetings/${meetingId}`);
    await page.getByRole('button', { name: "Download my agency's pack" }).waitFor();
    expect(await page.getByRole('button', { name: /Download pack for/ }).count()).toBe(0);
    await checkScreen(page, 'meeting-packs-perpetrator-worker');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: "Download my agency's pack" }).click()]);
    expect(
      readFileSync((await download.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await context.close();
  });
});
