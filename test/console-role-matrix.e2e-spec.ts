import { Browser, Page, Response } from 'playwright-core';
import { navigationFor } from '../apps/console/src/navigation';
import { axeViolations, describeInBrowser, launchChromium, newConsolePage, pageText, signInAs } from './support/browser';
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

jest.setTimeout(900_000);

/**
 * Kept in the page: the requests not yet answered, when anything last happened (a request sent or
 * answered, the page changed), and whether anything has happened since the last navigation. A screen
 * can then be called settled without a round trip from the test for every look.
 */
const TRACK_ACTIVITY = `
  window.__activity = { inFlight: 0, last: performance.now(), navigatedAt: performance.now(), changed: true };
  const touch = () => { window.__activity.last = performance.now(); window.__activity.changed = true; };
  const sent = window.fetch.bind(window);
  window.fetch = (...args) => {
    window.__activity.inFlight++;
    touch();
    return sent(...args).finally(() => { window.__activity.inFlight--; touch(); });
  };
  new MutationObserver(touch).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
`;

/**
 * Settled: the screen has rendered since the navigation (or a second has passed, for a screen that
 * looks exactly like the one before), no request is unanswered, nothing has changed for 150 ms, and
 * nothing says it is loading. A function, not a string: the console's CSP forbids the eval that a
 * string predicate needs.
 */
function settled(): boolean {
  const { __activity: a, document } = globalThis as unknown as {
    __activity: { inFlight: number; last: number; navigatedAt: number; changed: boolean };
    document: { body: { innerText: string } };
  };
  const now = performance.now();
  return (a.changed || now - a.navigatedAt > 1000) && a.inFlight === 0 && now - a.last > 150 && !document.body.innerText.includes('Loading…');
}

/**
 * Opens a screen as a user following a link would (in the page, without reloading the console) and
 * waits for it to settle, then for a main heading.
 */
async function open(page: Page, path: string): Promise<string> {
  await page.evaluate(
    `Object.assign(window.__activity, { navigatedAt: performance.now(), last: performance.now(), changed: false });
     window.history.pushState({}, '', ${JSON.stringify(path)}); window.dispatchEvent(new PopStateEvent('popstate'));`,
  );
  await page.waitForFunction(settled, undefined, { polling: 50, timeout: 15_000 }).catch((error: Error) => {
    throw new Error(`${path} had not settled after 15 seconds (${error.message.split('\n')[0]})`);
  });
  if ((await page.locator('main h1').count()) === 0) throw new Error(`${path} shows no main heading; it reads: ${(await pageText(page)).slice(0, 300)}`);
  return pageText(page);
}

interface Walk {
  row: string[];
  problems: string[];
}

/**
 * Every screen opened by every role: it works, or it says plainly that it is not available to that
 * role; never a crash, a blank page or a raw error. Each is checked with axe. For the two roles that
 * work with people causing harm, nothing victim-side reaches the page or the network. The roles walk
 * five at a time, each in its own browser context; every problem found is reported together.
 */
describeInBrowser('the console, every screen by every role', () => {
  let t: TestApp;
  let browser: Browser;
  let w: RoleMatrixWorld;
  /** Each screen's markup is checked with axe once per outcome (works, not available); the role walks check the rest. */
  const checked = new Set<string>();

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchChromium();
    w = await roleMatrixWorld(t);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function walk(role: string): Promise<Walk> {
    const user = w.users[role];
    const { context, page } = await newConsolePage(browser, t);
    await page.addInitScript(TRACK_ACTIVITY);
    const responses: string[] = [];
    const harmSide = HARM_SIDE.includes(role);
    const problems: string[] = [];
    const row: string[] = [];
    const problem = (screen: string, what: string) => problems.push(`${role}, ${screen}: ${what}`);
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
      let seen = '';
      for (const screen of CONSOLE_SCREENS) {
        const path = screen.path(w);
        const text = await open(page, path).catch((error: Error) => (problem(screen.name, error.message), null));
        if (text === null) continue;
        seen += text;
        const heading = (await page.locator('main h1').first().textContent())?.trim() ?? '';
        if (!heading) problem(screen.name, 'an empty main heading');
        for (const pattern of BROKEN) if (pattern.test(text)) problem(screen.name, `shows "${text.match(pattern)?.[0]}"`);
        // Said in words, or as the GOV.UK "Not available" banner each screen uses.
        const refused = NOT_AVAILABLE.test(text) || (await page.locator('.govuk-notification-banner__title', { hasText: /^Not available$/ }).count()) > 0;
        // A screen in the role's own menu is one it works from.
        if (refused && navigable.has(path)) problem(screen.name, 'is in the menu but says it is not available');
        if (harmSide) for (const [name, secret] of Object.entries(VICTIM_SIDE_SECRETS)) if (text.includes(secret)) problem(screen.name, `shows the ${name}`);
        if (!checked.has(`${screen.name}:${refused}`)) {
          checked.add(`${screen.name}:${refused}`);
          for (const violation of await axeViolations(page)) problem(screen.name, `axe: ${violation}`);
        }
        row.push(`${screen.name}: ${refused ? 'not available' : /^(Page )?not found$/i.test(heading) ? 'not found' : 'works'}`);
      }
      // The leak checks can fail: the victim's own side reads the same values on these screens.
      if (role === 'DVA specialist')
        for (const secret of [VICTIM_SIDE_SECRETS.confidentialAddress, VICTIM_SIDE_SECRETS.coworkNote])
          if (!seen.includes(secret)) problem('all screens', `never shows "${secret}" to the victim's side`);
      if (harmSide) {
        await page.waitForLoadState('networkidle');
        // The capture works: the screens' own queries were read.
        if (responses.length < CONSOLE_SCREENS.length / 2) problem('all screens', `only ${responses.length} responses captured`);
        const network = responses.join('\n');
        for (const [name, secret] of Object.entries(VICTIM_SIDE_SECRETS)) if (network.includes(secret)) problem('network responses', `hold the ${name}`);
        // DASH answers are the victim's words: the harm side never receives them.
        if (/"answers":\[/.test(network)) problem('network responses', 'hold DASH answers');
      }
    } finally {
      await context.close();
    }
    return { row, problems };
  }

  it('every screen works or says plainly it is not available, for every role, and the harm side never sees victim-side detail', async () => {
    // Five walks at a time, each in its own browser context: a walk mostly waits for its screens to settle.
    const walks: Record<string, Walk> = {};
    const queue = [...ROLES];
    await Promise.all(
      [1, 2, 3, 4, 5].map(async () => {
        for (let role = queue.shift(); role; role = queue.shift()) walks[role] = await walk(role);
      }),
    );
    // The matrix, for a reviewer: which role gets which screen.
    process.stdout.write(`\nRole-by-screen matrix:\n${ROLES.map((role) => `- ${role}: ${walks[role].row.join('; ')}`).join('\n')}\n`);
    expect(ROLES.flatMap((role) => walks[role].problems)).toEqual([]);
    expect(ROLES.map((role) => walks[role].row.length)).toEqual(ROLES.map(() => CONSOLE_SCREENS.length));
  });
});
