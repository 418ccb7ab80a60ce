import { randomUUID } from 'node:crypto';
import { Browser, Page } from 'playwright-core';
import { AgencyKind, Role } from '../libs/access/src';
import { checkScreen, describeInBrowser, launchChromium, newConsolePage, signInAs } from './support/browser';
import { anAgency, aUser, SignedInUser } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

/**
 * An administrator's day in the console: a new social worker's account (refused first for an email
 * already in use), their roles, a deactivation and reactivation, a password reset they then sign in
 * with; a team, a service with its eligibility and capacity; a signal threshold changed (a negative
 * one refused); the audit chain checked.
 */

/** Test files share one database: the provider and its service are this run's own. */
const RUN = randomUUID().slice(0, 6);
const PROVIDER = `Northside Caring Dads ${RUN}`;
const SERVICE = `Caring Dads ${RUN}`;
describeInBrowser('the administrator manages accounts and settings in the console', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let admin: SignedInUser;
  let manager: SignedInUser;
  let cscId: string;
  let cscName: string;
  const newEmail = 'priya.shah@northside.test';
  const firstPassword = 'a first password for Priya';
  const resetPassword = 'the password after the reset';

  const errorSummary = () => page.locator('.govuk-error-summary');
  const success = () => page.locator('.govuk-notification-banner--success');
  const userRow = async (email: string) => (await t.dataSource.query(`SELECT id, roles, active FROM app_user WHERE lower(email) = lower($1)`, [email]))[0];
  const countUsers = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM app_user`))[0].n;

  beforeAll(async () => {
    t = await startTestApp();
    const csc = await anAgency(t, AgencyKind.CHILDRENS_SOCIAL_CARE, `Northside Children’s Services ${RUN}`);
    cscId = csc.id;
    cscName = csc.name;
    await anAgency(t, AgencyKind.PERPETRATOR_PROGRAMME_PROVIDER, PROVIDER);
    admin = await aUser(t, [Role.ADMIN]);
    manager = await aUser(t, [Role.MANAGER], csc);
    browser = await launchChromium();
    page = (await newConsolePage(browser, t)).page;
    await signInAs(page, admin.email);
  });
  afterAll(async () => {
    // Thresholds are the partnership's, shared by every test file: set back what this file changed.
    await t?.gql(
      `mutation ($input: UpdateSignalSettingsInput!) { updateSignalSettings(input: $input) { key } }`,
      { input: { settings: [{ key: 'POST_SEPARATION_CLOSURE_DAYS', value: 28 }] } },
      { token: admin.token },
    );
    await browser?.close();
    await t?.close();
  });

  it('creates a user with roles: empty and duplicate-email attempts show the error summary and write nothing', async () => {
    await page.getByRole('link', { name: 'Users', exact: true }).click();
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    await page.getByRole('table').getByRole('link').first().waitFor();
    await checkScreen(page, 'administrator-users');

    await page.getByRole('button', { name: 'Create a user' }).click();
    await page.getByRole('heading', { name: 'Create a user', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Create user' }).click();
    await errorSummary().getByRole('link', { name: 'Enter their email address' }).waitFor();
    expect(await errorSummary().textContent()).toContain('Select at least one role');
    await checkScreen(page, 'admin-create-user-errors');

    const before = await countUsers();
    await page.getByLabel('Email address').fill(manager.email.toUpperCase()); // already taken, in any case
    await page.getByLabel('Full name').fill('Priya Shah');
    await page.getByLabel('Agency', { exact: true }).selectOption({ label: cscName });
    await page.getByLabel('Case practitioner').check();
    await page.getByLabel('Password', { exact: true }).fill(firstPassword);
    await page.getByRole('button', { name: 'Create user' }).click();
    await errorSummary().getByRole('link', { name: 'An account with that email already exists.' }).waitFor();
    const emailGroup = page.locator('.govuk-form-group--error', { has: page.getByLabel('Email address') });
    expect(await emailGroup.textContent()).toContain('An account with that email already exists.');
    expect(await countUsers()).toBe(before);
    expect(await page.getByLabel('Full name').inputValue()).toBe('Priya Shah'); // what was typed is kept

    await page.getByLabel('Email address').fill(newEmail);
    await page.getByRole('button', { name: 'Create user' }).click();
    await page.getByRole('heading', { name: 'Priya Shah', level: 1 }).waitFor();
    expect(await success().textContent()).toContain('Account created for Priya Shah');
    expect(await userRow(newEmail)).toMatchObject({ roles: ['CASE_PRACTITIONER'], active: true });
    await checkScreen(page, 'admin-user');
  });

  it('changes their roles, deactivates them after confirming, reactivates them', async () => {
    await page.getByLabel('DVA specialist').check();
    await page.getByRole('button', { name: 'Save roles and team' }).click();
    await success().getByText("Priya Shah's roles are now: DVA specialist, Case practitioner.").waitFor();
    expect((await userRow(newEmail)).roles.sort()).toEqual(['CASE_PRACTITIONER', 'DVA_SPECIALIST']);

    await page.getByRole('button', { name: 'Deactivate account' }).click();
    await page.getByRole('heading', { name: "Deactivate Priya Shah's account?", level: 1 }).waitFor();
    expect((await userRow(newEmail)).active).toBe(true); // nothing happens before confirming
    await checkScreen(page, 'admin-user-deactivate-confirm');
    await page.getByRole('button', { name: 'Yes, deactivate the account' }).click();
    await success().getByText("Priya Shah's account is deactivated. They can no longer sign in.").waitFor();
    expect((await userRow(newEmail)).active).toBe(false);
    const refused = await t.gql(`mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`, {
      input: { email: newEmail, password: firstPassword },
    });
    expect(refused.errors).toBeDefined();

    await page.getByRole('button', { name: 'Reactivate account' }).click();
    await success().getByText("Priya Shah's account is active again. They can sign in.").waitFor();
    expect((await userRow(newEmail)).active).toBe(true);
  });

  it('resets their password (a short one is refused), and they sign in with it', async () => {
    await page.getByLabel('New password').fill('too short');
    await page.getByRole('button', { name: 'Reset password' }).click();
    await errorSummary().getByRole('link', { name: 'New password must be at least 12 characters' }).waitFor();
    await page.getByLabel('New password').fill(resetPassword);
    await page.getByRole('button', { name: 'Reset password' }).click();
    await success()
      .getByText(/password is reset and their sessions have ended/)
      .waitFor();

    const theirs = await newConsolePage(browser, t);
    await signInAs(theirs.page, newEmail, resetPassword);
    expect(await theirs.page.getByRole('navigation', { name: 'Menu' }).textContent()).toContain('Find a person or family');
    await theirs.context.close();
  });

  it('adds a team to an agency; the same name again is refused beside the field', async () => {
    await page.getByRole('link', { name: 'Agencies and teams' }).click();
    await page.getByRole('heading', { name: 'Agencies and teams', level: 1 }).waitFor();
    const team = page.locator('form', { has: page.getByRole('heading', { name: 'Add a team' }) });
    await team.getByLabel('Agency').selectOption({ label: cscName });
    await team.getByLabel('Team name').fill('Assessment team');
    await team.getByRole('button', { name: 'Add team' }).click();
    await success().getByText(`The team Assessment team is added to ${cscName}.`).waitFor();
    await page.getByRole('row', { name: new RegExp(`${cscName}.*Assessment team`) }).waitFor();
    await checkScreen(page, 'admin-agencies-teams');

    await team.getByLabel('Team name').fill('assessment TEAM');
    await team.getByRole('button', { name: 'Add team' }).click();
    await errorSummary().getByRole('link', { name: 'That agency already has a team with this name.' }).waitFor();
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM team WHERE agency_id = $1`, [cscId]))[0].n).toBe(1);
  });

  it('adds a service with its eligibility and capacity; a negative capacity is refused; deactivates it after confirming', async () => {
    await page.getByRole('link', { name: 'Services', exact: true }).click();
    await page.getByRole('button', { name: 'Add a service' }).click();
    await page.getByRole('heading', { name: 'Add a service', level: 1 }).waitFor();
    await page.getByLabel('Agency').selectOption({ label: PROVIDER });
    await page.getByLabel('Type').selectOption({ label: 'Perpetrator programme' });
    await page.getByLabel('Name').fill(SERVICE);
    await page.getByLabel('Who it is for').fill('Fathers of children under 16 who accept responsibility for the harm');
    await page.getByLabel('Capacity').fill('12');
    await checkScreen(page, 'admin-service-new');
    await page.getByRole('button', { name: 'Add service' }).click();
    await success().getByText(`${SERVICE} is added to the catalogue.`).waitFor();
    const row = page.getByRole('row', { name: new RegExp(SERVICE) }).filter({ hasText: 'Perpetrator programme' });
    expect(await row.textContent()).toMatch(/Fathers of children under 16.*12 places.*Takes referrals/);
    await checkScreen(page, 'admin-services');
    const [stored] = await t.dataSource.query(`SELECT id, capacity, eligibility_notes FROM service WHERE name = $1`, [SERVICE]);
    expect(stored).toMatchObject({ capacity: 12, eligibility_notes: 'Fathers of children under 16 who accept responsibility for the harm' });

    await row.getByRole('link', { name: SERVICE }).click();
    await page.getByRole('heading', { name: SERVICE, level: 1 }).waitFor();
    await page.getByLabel('Capacity').fill('-4');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await errorSummary().getByRole('link', { name: 'Capacity must be 0 or more' }).waitFor();
    expect((await t.dataSource.query(`SELECT capacity FROM service WHERE id = $1`, [stored.id]))[0].capacity).toBe(12);
    await checkScreen(page, 'admin-service-errors');

    await page.getByLabel('Capacity').fill('10');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await success().getByText(`${SERVICE} is saved.`).waitFor();
    expect((await t.dataSource.query(`SELECT capacity FROM service WHERE id = $1`, [stored.id]))[0].capacity).toBe(10);

    await page.getByRole('button', { name: 'Deactivate service' }).click();
    await page.getByRole('heading', { name: `Deactivate ${SERVICE}?`, level: 1 }).waitFor();
    await checkScreen(page, 'admin-service-deactivate-confirm');
    await page.getByRole('button', { name: 'Yes, deactivate the service' }).click();
    await success()
      .getByText(new RegExp(`${SERVICE} takes no new referrals`))
      .waitFor();
    expect(await page.getByRole('row', { name: new RegExp(SERVICE) }).textContent()).toContain('Deactivated');
  });

  it('changes a signal threshold and it is in force; a negative one is refused and nothing is written', async () => {
    await page.getByRole('link', { name: 'Signal thresholds' }).click();
    await page.getByRole('heading', { name: 'Signal thresholds', level: 1 }).waitFor();
    const days = page.getByLabel('Post separation closure days');
    expect(await days.inputValue()).toBe('28');
    await checkScreen(page, 'admin-signal-settings');

    await days.fill('-5');
    await page.getByRole('button', { name: 'Save thresholds' }).click();
    await errorSummary()
      .getByRole('link', { name: /Post separation closure days must be a whole number of days from 1 to/ })
      .waitFor();
    expect(await t.dataSource.query(`SELECT key FROM signal_setting WHERE key = 'POST_SEPARATION_CLOSURE_DAYS' AND updated_by_user_id IS NOT NULL`)).toEqual(
      [],
    );
    await checkScreen(page, 'admin-signal-settings-errors');

    await days.fill('42');
    await page.getByRole('button', { name: 'Save thresholds' }).click();
    await success()
      .getByText(/Post separation closure days is now 42/)
      .waitFor();
    // In force: what the signals read now, as any reader of the settings (and the re-evaluation job queued).
    const read = await t.gql(`{ signalSettings { key value updatedByUserId } }`, {}, { token: admin.token });
    expect(read.data.signalSettings.find((s: { key: string }) => s.key === 'POST_SEPARATION_CLOSURE_DAYS')).toEqual({
      key: 'POST_SEPARATION_CLOSURE_DAYS',
      value: 42,
      updatedByUserId: admin.id,
    });
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox_job WHERE name = 'signals.evaluate-all'`))[0].n).toBeGreaterThan(0);
    await page.reload();
    expect(await page.getByLabel('Post separation closure days').inputValue()).toBe('42');
    expect(await page.getByText(/Last changed/).count()).toBe(1);
  });

  it('sees the audit-chain status', async () => {
    await page.getByRole('link', { name: 'Audit-chain status' }).click();
    await page.getByRole('heading', { name: 'Audit-chain status', level: 1 }).waitFor();
    const status = page.locator('.govuk-summary-list');
    await status.getByText('Intact').waitFor();
    const checked = Number((await status.locator('.govuk-summary-list__row', { hasText: 'Events checked' }).locator('dd').textContent())!.replace(/,/g, ''));
    expect(checked).toBeGreaterThan(5);
    await checkScreen(page, 'admin-audit-chain');
  });

  it("a manager who opens the administrator's screens is told plainly they are not available", async () => {
    const { context, page: theirs } = await newConsolePage(browser, t);
    await signInAs(theirs, manager.email);
    expect(await theirs.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Users', exact: true }).count()).toBe(0);
    for (const path of ['/admin/users', '/admin/services', '/admin/signal-settings', '/admin/audit-chain']) {
      await theirs.goto(path);
      await theirs.getByText('This screen is not available to your role.').waitFor();
    }
    await checkScreen(theirs, 'admin-not-available');
    await context.close();
  });
});
