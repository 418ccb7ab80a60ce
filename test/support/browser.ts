import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, chromium, Locator, Page } from 'playwright-core';
import { PASSWORD } from './factories';
import { TestApp } from './test-app';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CONSOLE_INDEX = join(__dirname, '../../dist/console/index.html');

/**
 * Browser tests run in Debian's Chromium. Outside CI, with no Chromium, they skip and say why; under
 * CI=true a missing browser or an unbuilt console fails the run (.ci/run installs chromium).
 */
export function browserTestsAvailable(): boolean {
  const missing = !existsSync(CHROMIUM)
    ? `no Chromium at ${CHROMIUM} (apt-get install chromium)`
    : !existsSync(CONSOLE_INDEX)
      ? 'the console is not built (npm run console:build)'
      : undefined;
  if (!missing) return true;
  if (process.env.CI === 'true') throw new Error(`Browser tests must run in CI, but ${missing}.`);
  process.stderr.write(`Skipping the browser tests: ${missing}.\n`);
  return false;
}

export const describeInBrowser = (name: string, body: () => void) => (browserTestsAvailable() ? describe : describe.skip)(name, body);

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

export function baseUrlOf(t: TestApp): string {
  const address = t.app.getHttpServer().address() as { port: number };
  return `http://127.0.0.1:${address.port}`;
}

/** A fresh browser profile (no cookies) at the console's address, sized like a laptop screen. */
export async function newConsolePage(browser: Browser, t: TestApp): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrlOf(t), viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

export async function signInAs(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();
}

const SCREENSHOTS = join(__dirname, '../../test/screenshots');
const README_SCREENSHOTS = join(__dirname, '../../docs/console');

/**
 * Every screen the tests reach is checked with axe-core against WCAG 2.2 A and AA (0 violations)
 * and photographed: into test/screenshots always, into docs/console (the README's) with SCREENSHOTS=docs.
 */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  const violations = await axeViolations(page);
  expect({ screen: name, violations }).toEqual({ screen: name, violations: [] });
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  if (process.env.SCREENSHOTS === 'docs') {
    mkdirSync(README_SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(README_SCREENSHOTS, `${name}.png`), fullPage: true });
  }
}

/**
 * What axe-core finds against WCAG 2.2 A and AA on the page as it stands, one line per rule broken.
 * Legacy mode runs axe in the page itself: the default also opens a blank page for every check to
 * merge results from cross-origin frames, which the console has none of, and took half the time.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).setLegacyMode().withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** All the text a user could reach on the page, including form values, for leak checks. */
export async function pageText(page: Page): Promise<string> {
  // A string, not a function: this project's type-check has no DOM library.
  return page.evaluate<string>(`document.body.innerText + '\\n' + [...document.querySelectorAll('input, textarea, select')].map((el) => el.value).join('\\n')`);
}

/**
 * Keyboard only: presses Tab (at most `limit` times) until the control is focused, proving it can be
 * reached without a mouse. Fails if it never is.
 */
export async function tabTo(page: Page, target: Locator, limit = 250): Promise<void> {
  await target.waitFor();
  // By locator, not evaluate: a string given to evaluate is an expression, never a function called with the element.
  const focused = async () => (await target.and(page.locator(':focus')).count()) > 0;
  // A radio group is one Tab stop; the arrow keys then move (and select) within it.
  const group = (await target.getAttribute('type')) === 'radio' ? await target.getAttribute('name') : '';
  for (let presses = 0; presses < limit; presses++) {
    if (await focused()) return;
    if (group && (await page.evaluate<boolean>(`document.activeElement?.type === 'radio' && document.activeElement.name === ${JSON.stringify(group)}`))) {
      for (let arrows = 0; arrows < 30 && !(await focused()); arrows++) await page.keyboard.press('ArrowDown');
      if (await focused()) return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target} with the Tab key`);
}

/** Keyboard only: reach a text field by Tab and type into it. */
export async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** Keyboard only: reach a button, link, radio or checkbox by Tab and press it (Enter for links and buttons, Space for the rest). */
export async function pressControl(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  const type = await target.getAttribute('type');
  await page.keyboard.press(type === 'radio' || type === 'checkbox' ? 'Space' : 'Enter');
}
