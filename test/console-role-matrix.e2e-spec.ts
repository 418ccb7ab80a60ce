import { Browser, Page, Response } from 'playwright-core';
import { navigationFor } from '../apps/console/src/navigation';
import { checkScreen, describeInBrowser, launchChromium, newConsolePage, pageText, signInAs } from './support/browser';
import { CONSOLE_SCREENS } from './support/console-screens';
import { roleMatrixWorld, RoleMatrixWorld, VICTIM_SIDE_SECRETS } from './support/role-matrix-world';
import { startTestApp, TestApp } from './support/test-app';

/** What a page says when the role may not use it: plainly, in words. */
const NOT_AVAILABLE = /not available to your role|you cannot open this/i;
/** What a page must never show: a crash, a raw error, an error code or a value that failed to render. */
const BROKEN = [
  /Sorry, there is a problem with this page/,
  /\[(GraphQL|Network)\]/,
  /\b(INTERNAL_SERVER_ERROR|UNAUTHENTICATED|BAD_USER_INPUT|FORBIDDEN|NOT_FOUND)\b/,
  /TypeError|ReferenceError|\[object Object\]/,
  /\bundefined\b|\bNaN\b/,
  /\bat \S+ \(.*:\d+:\d+\)/,
];
const HARM_SIDE = ['perpetrator worker', 'agency representative (perpetrator programme)'];
/** The roles, named as the world names its users. */
const ROLES = [
  'administrator',
  'agency representative (IDVA service)',
  'agency representative (perpetrator programme)',
  'analyst',
  'case practitioner',
  'DVA specialist',
  'manager',
  'MARAC coordinator',
  'meeting chair',
  'perpetrator worker',
];

jest.setTimeout(300_000);

const slug = (text: string) => text.replace(/[^a-z0-9]+/gi, '-').toLowerCase();

/** Queries the page has sent and not yet had answered. */
function trackRequests(page: Page): () => number {
  let inFlight = 0;
  page.on('request', (request) => void (request.url().includes('/graphql') && inFlight++));
  const done = (request: { url(): string }) => void (request.url().includes('/graphql') && inFlight--);
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return () => inFlight;
}

/**
 * Opens a screen as a user following a link would (in the page, without reloading the console) and
 * waits for it to settle: nothing loading, no query unanswered, a main heading.
 */
async function open(page: Page, path: string, inFlight: () => number): Promise<string> {
  await page.evaluate(`window.history.pushState({}, '', ${JSON.stringify(path)}); window.dispatchEvent(new PopStateEvent('popstate'));`);
  for (let quiet = 0, waited = 0; quiet < 3 && waited < 15_000; waited += 100) {
    await page.waitForTimeout(100);
    quiet = inFlight() === 0 && (await page.getByText('Loading…').count()) === 0 ? quiet + 1 : 0;
  }
  if ((await page.locator('main h1').count()) === 0) throw new Error(`${path} shows no main heading; it reads: ${(await pageText(page)).slice(0, 300)}`);
  return pageText(page);
}

/**
 * Every screen opened by every role: it works, or it says plainly that it is not available to that
 * role; never a crash, a blank page or a raw error. Each is checked with axe. For the two roles that
 * work with people causing harm, nothing victim-side reaches the page or the network.
 */
describeInBrowser('the console, every screen by every role', () => {
  let t: TestApp;
  let browser: Browser;
  let w: RoleMatrixWorld;
  const outcomes: string[] = [];
  /** Each screen's markup is checked with axe once per outcome (works, not available); the role walks check the rest. */
  const checked = new Set<string>();

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchChromium();
    w = await roleMatrixWorld(t);
  });

  afterAll(async () => {
    // The matrix, for a reviewer: which role gets which screen.
    if (outcomes.length) process.stdout.write(`\nRole-by-screen matrix:\n${outcomes.join('\n')}\n`);
    await browser?.close();
    await t?.close();
  });

  it.each(ROLES)('as %s', async (role) => {
    const user = w.users[role];
    const { context, page } = await newConsolePage(browser, t);
    const inFlight = trackRequests(page);
    const responses: string[] = [];
    const harmSide = HARM_SIDE.includes(role);
    if (harmSide)
      page.on('response', (response: Response) => {
        if (/\/(graphql|exports)/.test(response.url()))
          void response
            .text()
            .then((body) => responses.push(body))
            .catch(() => undefined);
      });
    try {
      await signInAs(page, user.email);
      const navigable = new Set(navigationFor(user.roles).map((item) => item.to));
      const row: string[] = [];
      let seen = '';
      for (const screen of CONSOLE_SCREENS) {
        const path = screen.path(w);
        const text = await open(page, path, inFlight);
        const heading = (await page.locator('main h1').first().textContent())?.trim();
        expect({ screen: screen.name, heading: Boolean(heading) }).toEqual({ screen: screen.name, heading: true });
        for (const pattern of BROKEN) expect({ screen: screen.name, shows: text.match(pattern)?.[0] ?? null }).toEqual({ screen: screen.name, shows: null });
        const refused = NOT_AVAILABLE.test(text);
        seen += text;
        // A screen in the role's own menu is one it works from.
        if (navigable.has(path)) expect({ screen: screen.name, refused }).toEqual({ screen: screen.name, refused: false });
        if (harmSide)
          for (const secret of Object.values(VICTIM_SIDE_SECRETS))
            expect({ screen: screen.name, leaks: text.includes(secret) }).toEqual({ screen: screen.name, leaks: false });
        if (!checked.has(`${screen.name}:${refused}`)) {
          checked.add(`${screen.name}:${refused}`);
          await checkScreen(page, `matrix-${slug(role)}-${slug(screen.name)}`);
        }
        row.push(`${screen.name}: ${refused ? 'not available' : /^(Page )?not found$/i.test(heading ?? '') ? 'not found' : 'works'}`);
      }
      outcomes.push(`- ${role}: ${row.join('; ')}`);
      // The check above can fail: the victim's own side reads the same values on these screens.
      if (role === 'DVA specialist') expect(seen).toContain(VICTIM_SIDE_SECRETS.confidentialAddress);
      if (harmSide) {
        await page.waitForLoadState('networkidle');
        // The capture works: the screens' own queries were read.
        expect(responses.length).toBeGreaterThan(CONSOLE_SCREENS.length / 2);
        const network = responses.join('\n');
        for (const secret of Object.values(VICTIM_SIDE_SECRETS))
          expect({ secret, inNetworkResponses: network.includes(secret) }).toEqual({ secret, inNetworkResponses: false });
        // DASH answers are the victim's words: the harm side never receives them.
        expect(network).not.toMatch(/"answers":\[/);
      }
    } finally {
      await context.close();
    }
  });
});
