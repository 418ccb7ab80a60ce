import { Browser, Page } from 'playwright-core';
import { Role } from '../libs/access/src';
import { checkScreen, describeInBrowser, launchChromium, newConsolePage, pageText, signInAs } from './support/browser';
import { aPerson, aUser } from './support/factories';
import { ADD_ITEM, AGREE, aMaracReferral, maracWorld, MaracWorld, SCHEDULE } from './support/marac';
import { startTestApp, TestApp } from './support/test-app';

/** A calendar date `days` from today (negative: in the past). */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A MARAC coordinator's preparation, in the console: she schedules the next MARAC, builds its agenda
 * from the MARAC referrals waiting (Grace's repeat referral first), closes what was done since Grace's
 * last MARAC, and sees which actions are overdue to chase.
 */
describeInBrowser('the MARAC coordinator prepares a meeting in the console', () => {
  let t: TestApp;
  let w: MaracWorld;
  let browser: Browser;
  let page: Page;
  let previousMarac: string;
  let bethFamily: string;
  const safetyPlan = 'IDVA to complete a safety plan with Grace';
  const bailCheck = 'Police to check bail conditions with Dan';

  beforeAll(async () => {
    t = await startTestApp();
    w = await maracWorld(t);
    const as = (user: { token: string }, query: string, input: Record<string, unknown>) => t.gql(query, { input }, { token: user.token });
    const must = <T extends { errors?: unknown; data?: unknown }>(result: T) => {
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data as Record<string, { id: string }>;
    };
    const invited = [w.agencies.police.id, w.agencies.csc.id, w.agencies.idvaService.id, w.agencies.programme.id];

    // Grace's last MARAC, a month ago, with two actions agreed for her case.
    const first = await aMaracReferral(t, w, w.social, w.familyId, w.graceId, day(-35));
    previousMarac = must(
      await as(w.coordinator, SCHEDULE, {
        type: 'MARAC',
        title: 'Northside MARAC, November',
        startsAt: `${day(-30)}T09:30:00Z`,
        chairUserId: w.chair.id,
        invitedAgencyIds: invited,
      }),
    ).scheduleMeeting.id;
    const item = must(
      await as(w.coordinator, ADD_ITEM, {
        meetingId: previousMarac,
        familyId: w.familyId,
        maracReferralId: first,
        reasonForListing: 'Strangulation disclosed',
        people: [
          { personId: w.graceId, scopeRole: 'ADULT_VICTIM' },
          { personId: w.danId, scopeRole: 'PERSON_CAUSING_HARM' },
        ],
      }),
    ).addAgendaItem.id;
    must(
      await as(w.coordinator, AGREE, {
        agendaItemId: item,
        description: safetyPlan,
        owningAgencyId: w.agencies.idvaService.id,
        ownerUserId: w.idva.id,
        subjectPersonId: w.graceId,
        dueOn: day(-10),
      }),
    );
    must(
      await as(w.coordinator, AGREE, {
        agendaItemId: item,
        description: bailCheck,
        owningAgencyId: w.agencies.police.id,
        externalOwnerName: 'PC Shah, Northside Police',
        subjectPersonId: w.danId,
        dueOn: day(-5),
      }),
    );

    must(await t.gql(`mutation ($id: ID!) { holdMeeting(id: $id) { id } }`, { id: previousMarac }, { token: w.coordinator.token }));

    // Since then: Grace referred again (a repeat, within 12 months), and Beth for the first time.
    await aMaracReferral(t, w, w.social, w.familyId, w.graceId, day(-5));
    bethFamily = must(await t.gql(`mutation { createFamily(input: { name: "Beth Ward family" }) { id } }`, {}, { token: w.social.token })).createFamily.id;
    const beth = await aPerson(t, w.social, { givenName: 'Beth', familyName: 'Ward', gender: 'FEMALE', ethnicityGroup: 'WHITE', dateOfBirth: '1990-01-01' });
    must(
      await as(w.social, `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`, {
        familyId: bethFamily,
        personId: beth,
        kind: 'ADULT',
        joinedOn: '2015-01-01',
      }),
    );
    await aMaracReferral(t, w, w.social, bethFamily, beth, day(-3));

    browser = await launchChromium();
    page = (await newConsolePage(browser, t)).page;
    await signInAs(page, w.coordinator.email);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lists the meetings, past ones after those to come', async () => {
    await page.getByRole('link', { name: 'Meetings' }).click();
    await page.getByRole('heading', { name: 'Meetings', level: 1 }).waitFor();
    const past = page.getByRole('table', { name: 'Past meetings' });
    await past.getByRole('link', { name: 'Northside MARAC, November' }).waitFor();
    expect(await past.getByRole('row').filter({ hasText: 'Northside MARAC, November' }).textContent()).toMatch(/MARAC.*Held/);
    await checkScreen(page, 'meetings-list');
  });

  it('refuses to schedule without a chair, or with a name the API rejects, and keeps what she typed', async () => {
    await page.getByRole('button', { name: 'Schedule a meeting' }).click();
    await page.getByRole('heading', { name: 'Schedule a meeting', level: 1 }).waitFor();
    await page.getByLabel('Name').fill('Northside MARAC, December');
    await page.getByLabel('Date and time').fill(`${day(14)}T10:00`);
    await page.getByLabel(w.agencies.police.name).check();
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: 'Select who chairs the meeting' }).waitFor();
    expect(
      await page
        .locator('.govuk-form-group--error')
        .filter({ has: page.getByLabel('Chair') })
        .textContent(),
    ).toContain('Select who chairs the meeting');
    expect(await page.getByLabel('Name').inputValue()).toBe('Northside MARAC, December');
    expect(await page.getByLabel(w.agencies.police.name).isChecked()).toBe(true);
    await checkScreen(page, 'meetings-schedule-errors');

    // The API's own check, beside its field.
    await page.getByLabel('Chair').selectOption(w.chair.id);
    await page.getByLabel('Name').fill('N'.repeat(201));
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await summary.getByRole('link', { name: 'Name must be 1 to 200 characters' }).waitFor();
    expect(await page.getByLabel('Chair').inputValue()).toBe(w.chair.id);
    expect(await page.getByLabel('Date and time').inputValue()).toBe(`${day(14)}T10:00`);
  });

  it('schedules the MARAC, inviting police, CSC, the IDVA service and the perpetrator programme', async () => {
    await page.getByLabel('Name').fill('Northside MARAC, December');
    for (const agency of [w.agencies.csc, w.agencies.idvaService, w.agencies.programme]) await page.getByLabel(agency.name).check();
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await page.getByRole('heading', { name: 'Northside MARAC, December', level: 1 }).waitFor();
    const text = await pageText(page);
    for (const agency of [w.agencies.police, w.agencies.csc, w.agencies.idvaService, w.agencies.programme]) expect(text).toContain(agency.name);
    expect(text).not.toContain(w.agencies.health.name + '\n');
    expect(await page.getByRole('button', { name: 'Run the meeting' }).getAttribute('href')).toMatch(/^\/meetings\/[0-9a-f-]+\/live$/);
    expect(await page.getByRole('button', { name: 'Action plan' }).getAttribute('href')).toMatch(/^\/meetings\/[0-9a-f-]+\/print$/);
  });

  it('shows the two MARAC referrals waiting, the repeat first, with the criteria and their evidence', async () => {
    const candidates = page.locator('.wm-candidate');
    await candidates.nth(1).waitFor();
    expect(await candidates.count()).toBe(2);
    const grace = candidates.nth(0);
    expect(await grace.getByRole('heading').textContent()).toMatch(/^Grace Okafor.*Repeat/);
    expect(await candidates.nth(1).getByRole('heading').textContent()).toMatch(/^Beth Ward/);
    expect(await candidates.nth(1).getByRole('heading').textContent()).not.toContain('Repeat');
    await grace.getByText('Repeat MARAC', { exact: true }).waitFor();
    await grace.getByText('Professional judgement', { exact: true }).waitFor();
    await grace.getByText('Escalating coercive control around the planned separation', { exact: false }).first().waitFor();
    await grace.locator('li li').first().waitFor(); // the evidence behind a criterion
    await checkScreen(page, 'meetings-prepare-candidates');
  });

  it('lists both cases, with the family in scope, and Grace leads the agenda', async () => {
    const grace = page.locator('.wm-candidate').nth(0);
    await grace.getByLabel('Dan Brown').selectOption('PERSON_CAUSING_HARM');
    await grace.getByLabel('Amara Okafor-Brown').selectOption('CHILD');
    await grace.getByRole('button', { name: 'Add Grace Okafor to the agenda' }).click();
    await page.getByRole('heading', { name: /^1\. Okafor-Brown family/ }).waitFor();

    const beth = page.locator('.wm-candidate').filter({ hasText: 'Beth Ward' });
    await beth.getByRole('button', { name: 'Add Beth Ward to the agenda' }).click();
    await beth.getByRole('alert').getByText('Enter why the family is on the agenda').waitFor();
    await beth.getByLabel('Why Beth Ward is listed').fill('Professional judgement: escalating coercive control');
    await beth.getByRole('button', { name: 'Add Beth Ward to the agenda' }).click();
    await page.getByRole('heading', { name: /^2\. Beth Ward family/ }).waitFor();
    await page.getByText('No MARAC referrals are waiting to be listed.').waitFor();
    const agenda = await page.locator('.wm-agenda-item').first().textContent();
    expect(agenda).toContain('Repeat');
    expect(agenda).toContain('Dan Brown (Person causing harm)');
    expect(agenda).toContain('Amara Okafor-Brown (Child)');
  });

  it('shows the open actions from Grace’s previous MARAC and marks one done; the other stays open', async () => {
    const item = page.locator('.wm-agenda-item').first();
    await item.getByText('Actions from the previous meeting: Northside MARAC, November').waitFor();
    const plan = item.locator('.wm-previous-action').filter({ hasText: safetyPlan });
    await plan.getByRole('button', { name: 'Mark as done' }).click();
    await plan.getByRole('alert').getByText('Enter what was done').waitFor();
    await plan.getByLabel(`Note on "${safetyPlan}"`).fill('Safety plan completed with Grace at the refuge');
    await plan.getByRole('button', { name: 'Mark as done' }).click();
    await plan.getByText('Done', { exact: true }).waitFor();
    await plan.getByText('Safety plan completed with Grace at the refuge').waitFor();
    const bail = item.locator('.wm-previous-action').filter({ hasText: bailCheck });
    await bail.getByText('Overdue', { exact: true }).waitFor();
    expect(await bail.getByRole('button', { name: 'Mark as done' }).count()).toBe(1);
    const second = await page.locator('.wm-agenda-item').nth(1).textContent();
    expect(second).toContain('This is the first meeting to discuss this family.');
    await checkScreen(page, 'meetings-prepare-agenda');

    // This world's action only: test files share one database, and others agree actions worded alike.
    const done = await t.dataSource.query(`SELECT status, completion_note FROM meeting_action WHERE description = $1 AND family_id = $2`, [
      safetyPlan,
      w.familyId,
    ]);
    expect(done).toEqual([{ status: 'DONE', completion_note: 'Safety plan completed with Grace at the refuge' }]);
  });

  it('invites one more agency from the meeting page', async () => {
    await page.getByText('Invite more agencies').click();
    await page.getByLabel(w.agencies.health.name).check();
    await page.getByRole('button', { name: 'Invite', exact: true }).click();
    await page.getByRole('listitem').filter({ hasText: w.agencies.health.name }).first().waitFor();
    const rows = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM meeting_agency ma JOIN meeting m ON m.id = ma.meeting_id WHERE m.title = 'Northside MARAC, December' AND ma.agency_id = $1`,
      [w.agencies.health.id],
    );
    expect(rows[0].n).toBe(1);
  });

  it('lists the overdue action still to chase, with its owner, days overdue and a link to its meeting', async () => {
    await page.getByRole('link', { name: 'Overdue actions' }).click();
    await page.getByRole('heading', { name: 'Overdue actions to chase', level: 1 }).waitFor();
    const row = page.getByRole('row').filter({ hasText: bailCheck });
    const text = await row.textContent();
    expect(text).toContain(w.agencies.police.name);
    expect(text).toContain('PC Shah, Northside Police');
    expect(text).toContain('For Dan Brown');
    expect(await row.getByRole('cell').nth(4).textContent()).toBe('5');
    expect(await pageText(page)).not.toContain(safetyPlan);
    await checkScreen(page, 'actions-overdue');
    await row.getByRole('link', { name: /Open meeting/ }).click();
    await page.getByRole('heading', { name: 'Northside MARAC, November', level: 1 }).waitFor();
  });

  it('tells a role the API refuses that the screens are not available to it', async () => {
    const analyst = await aUser(t, [Role.ANALYST]);
    const other = await newConsolePage(browser, t);
    await signInAs(other.page, analyst.email);
    await other.page.goto('/meetings');
    await other.page.getByRole('heading', { name: 'Meetings', level: 1 }).waitFor();
    await other.page.getByText(/not available to your role/).waitFor();
    await checkScreen(other.page, 'meetings-not-available');
    await other.page.goto('/actions/overdue');
    await other.page.getByText(/not available to your role/).waitFor();
    await other.context.close();
  });
});
