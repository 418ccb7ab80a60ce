import { Browser } from 'playwright-core';
import request from 'supertest';
import { AgencyKind, Role } from '../libs/access/src';
import { axeViolations, checkScreen, describeInBrowser, launchChromium, newConsolePage, signInAs } from './support/browser';
import { aUser, anAgency, PASSWORD } from './support/factories';
import { startTestApp, TestApp, usingEmbeddedDatabase } from './support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('the console is served beside the API', () => {
  it('answers client-side routes with the console page, under a CSP that allows only its own files', async () => {
    const page = await request(t.app.getHttpServer()).get('/meetings/some-id').set('accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<div id="root">');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('never answers for /graphql, /exports, /health or /auth with the console page', async () => {
    for (const path of ['/graphql', '/exports/nothing.csv', '/health', '/auth/session/refresh']) {
      const res = await request(t.app.getHttpServer()).get(path).set('accept', 'text/html');
      expect({ path, console: res.text?.includes('<div id="root">') ?? false }).toEqual({ path, console: false });
    }
  });

  // Production refuses the embedded database, so this runs on PostgreSQL (always in CI).
  (usingEmbeddedDatabase() ? it.skip : it)('keeps default-src none on the API in production', async () => {
    const production = await startTestApp({ NODE_ENV: 'production', DATABASE_URL: process.env.TEST_DATABASE_URL });
    try {
      const api = await request(production.app.getHttpServer()).post('/graphql').send({ query: '{ __typename }' });
      expect(api.headers['content-security-policy']).toContain("default-src 'none'");
      const consolePage = await request(production.app.getHttpServer()).get('/').set('accept', 'text/html');
      expect(consolePage.headers['content-security-policy']).toContain("default-src 'self'");
    } finally {
      await production.close();
    }
  });
});

describe('the console session', () => {
  const session = () => request.agent(t.app.getHttpServer());

  it('signs in with an httpOnly, SameSite=Strict refresh cookie, refreshes only with the CSRF value, and signs out', async () => {
    const user = await aUser(t, [Role.CASE_PRACTITIONER]);
    const agent = session();
    const signedIn = await agent.post('/auth/session').send({ email: user.email, password: PASSWORD });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({ accessToken: expect.any(String), user: { id: user.id, roles: ['CASE_PRACTITIONER'] } });
    const cookies = ([] as string[]).concat(signedIn.headers['set-cookie'] ?? []);
    const refreshCookie = cookies.find((c) => c.startsWith('waymark_refresh='));
    expect(refreshCookie).toMatch(/HttpOnly/i);
    expect(refreshCookie).toMatch(/SameSite=Strict/i);
    const csrf = decodeURIComponent(/waymark_csrf=([^;]+)/.exec(cookies.join(';'))![1]);

    const forged = await agent.post('/auth/session/refresh');
    expect(forged.status).toBe(401);
    expect(forged.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');

    const refreshed = await agent.post('/auth/session/refresh').set('x-waymark-csrf', csrf);
    expect(refreshed.status).toBe(200);
    const me = await t.gql('{ me { id } }', {}, { token: refreshed.body.accessToken });
    expect(me.data.me.id).toBe(user.id);

    // The refresh token is no access token.
    const refreshToken = /waymark_refresh=([^;]+)/.exec(cookies.join(';'))![1];
    expect((await t.gql('{ me { id } }', {}, { token: refreshToken })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');

    const newCsrf = decodeURIComponent(/waymark_csrf=([^;]+)/.exec(([] as string[]).concat(refreshed.headers['set-cookie']).join(';'))![1]);
    expect((await agent.delete('/auth/session').set('x-waymark-csrf', newCsrf)).status).toBe(204);
    expect((await agent.post('/auth/session/refresh').set('x-waymark-csrf', newCsrf)).status).toBe(401);
  });

  it('answers a wrong password and bad input with codes, as GraphQL does', async () => {
    const wrong = await session().post('/auth/session').send({ email: 'nobody@test.waymark', password: 'wrong' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.errors[0]).toMatchObject({ message: 'The email or password is not correct.', extensions: { code: 'UNAUTHENTICATED' } });
    const bad = await session().post('/auth/session').send({ email: 'not an email', password: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: expect.arrayContaining([expect.objectContaining({ field: 'email' })]),
    });
  });
});

describeInBrowser('the console in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('the accessibility check (axe-core) finds a field without a label and an image without a text alternative', async () => {
    const { context, page } = await newConsolePage(browser, t);
    await page.goto('/');
    await page.getByRole('heading', { name: 'Sign in to Waymark' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(`document.querySelector('main').insertAdjacentHTML('beforeend',
      '<input id="unlabelled" type="text"><img id="unexplained" src="/favicon.ico">')`);
    const found = await axeViolations(page);
    expect(found.map((line) => line.split(':')[0]).sort()).toEqual(['image-alt', 'label']);
    expect(found.join('\n')).toMatch(/#unlabelled[\s\S]*#unexplained|#unexplained[\s\S]*#unlabelled/);
    await context.close();
  });

  it('signs in, survives a reload without the token in storage, warns before expiry and signs out clearing the cache', async () => {
    const agency = await anAgency(t, AgencyKind.CHILDRENS_SOCIAL_CARE);
    const user = await aUser(t, [Role.CASE_PRACTITIONER], agency);
    const { context, page } = await newConsolePage(browser, t);
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('Enter your email address').waitFor();
    await checkScreen(page, 'sign-in-errors');

    await signInAs(page, user.email);
    await checkScreen(page, 'my-work');
    const stored = await page.evaluate<string>('JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie');
    expect(stored).not.toMatch(/eyJ/); // no JWT anywhere a page script could read it later

    await page.reload();
    await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Waymark' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in to Waymark' }).waitFor();
    await context.close();
  });

  it('offers to extend a session about to end, and the extension works', async () => {
    const short = await startTestApp({ JWT_TTL_SECONDS: '125' });
    try {
      const user = await aUser(short, [Role.CASE_PRACTITIONER]);
      const { context, page } = await newConsolePage(browser, short);
      await signInAs(page, user.email);
      const warning = page.getByRole('alertdialog', { name: 'Your session is about to end' });
      await warning.waitFor({ timeout: 20_000 });
      await checkScreen(page, 'session-warning');
      await warning.getByRole('button', { name: 'Stay signed in' }).click();
      await warning.waitFor({ state: 'detached' });
      await context.close();
    } finally {
      await short.close();
    }
  });
});
