import { Browser, Page } from 'playwright-core';
import { Role } from '../libs/access/src';
import { checkScreen, describeInBrowser, launchChromium, newConsolePage, pageText, signInAs } from './support/browser';
import { aUser, SignedInUser } from './support/factories';
import { aMaracWithItem, AGREE, MaracWorld, maracWorld, PARTICIPATION } from './support/marac';
import { daysBefore, todayDate } from './support/referral-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const ACTION = `query ($status: ActionStatus) { agencyActions(status: $status) { nodes { id status completionNote completedOn } } }`;

// Victim-side detail recorded at the MARAC: never for anyone working with the person causing harm.
const REFUGE = 'Refuge, 1 Safe Street';
const EXCLUSION = 'Threatened to find the refuge';
const RISKS = 'High risk; Grace moved to a refuge';
const GRACE_ACTION = 'Safety plan review with Grace';

describeInBrowser('the console: an agency representative reads the agenda and completes their agency’s action with a note', () => {
  let t: TestApp;
  let browser: Browser;
  let w: MaracWorld;
  let meetingId: string;
  let programmeRep: SignedInUser;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchChromium();
    w = await maracWorld(t);
    let itemId: string;
    ({ meetingId, itemId } = await aMaracWithItem(t, w));
    const chair = async (query: string, input: Record<string, unknown>) => {
      const done = await t.gql(query, { input }, { token: w.chair.token });
      if (done.errors) throw new Error(JSON.stringify(done.errors));
    };
    await chair(`mutation ($input: RecordRiskSummaryInput!) { recordRiskSummary(input: $input) { id } }`, { agendaItemId: itemId, riskSummary: RISKS });
    await chair(PARTICIPATION, {
      agendaItemId: itemId,
      entries: [
        { personId: w.graceId, participation: 'VIEWS_VIA_ADVOCATE', interpreterProvided: true },
        { personId: w.danId, participation: 'EXCLUDED_FOR_SAFETY', exclusionReason: EXCLUSION },
      ],
    });
    const action = { agendaItemId: itemId, dueOn: '2025-03-18' };
    await chair(AGREE, { ...action, description: GRACE_ACTION, owningAgencyId: w.agencies.idvaService.id, ownerUserId: w.idva.id, subjectPersonId: w.graceId });
    await chair(AGREE, {
      ...action,
      description: 'Offer Dan a place on the Caring Dads programme',
      owningAgencyId: w.agencies.programme.id,
      externalOwnerName: 'Programme intake team',
      subjectPersonId: w.danId,
    });
    programmeRep = await aUser(t, [Role.AGENCY_REPRESENTATIVE], w.agencies.programme);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const idvaActions = async (status: string) => (await t.gql(ACTION, { status }, { token: w.idva.token })).data.agencyActions.nodes;

  it('the IDVA service’s representative reads the MARAC agenda, then records the overdue action done (a date in the future is refused, nothing written)', async () => {
    const { context, page } = await newConsolePage(browser, t);
    try {
      await signInAs(page, w.idva.email);
      await page
        .getByRole('link', { name: 'My agency’s actions' })
        .or(page.getByRole('link', { name: "My agency's actions" }))
        .click();
      await page.getByRole('heading', { name: "My agency's actions", level: 1 }).waitFor();
      const open = await page.getByRole('table', { name: 'Open actions (1)' }).innerText();
      expect(open).toContain(GRACE_ACTION);
      expect(open).toContain('Overdue');
      expect(open).toContain('Grace Okafor');
      expect(open).toContain('Northside MARAC');
      await checkScreen(page, 'agency-representative-actions');

      await page.locator('main').getByRole('link', { name: 'Meetings' }).click();
      await page.getByRole('heading', { name: 'Meetings', level: 1 }).waitFor();
      await page.getByRole('link', { name: 'Northside MARAC' }).click();
      await page.getByRole('heading', { name: 'Northside MARAC', level: 1 }).waitFor();
      const agenda = await page.locator('main').innerText();
      expect(agenda).toContain('Okafor-Brown family');
      expect(agenda).toContain('Repeat referral: incident on 2 March');
      await checkScreen(page, 'agency-representative-meeting-agenda');

      await page.goto('/agency/actions');
      await page.getByRole('link', { name: /^Record as done/ }).click();
      await page.getByRole('heading', { name: /^Record as done: action due 18 Mar 2025 for Grace Okafor/ }).waitFor();
      await page.getByLabel('What was done').fill('Safety plan reviewed with Grace and her IDVA; refuge place confirmed');
      await page.getByLabel('Date done').fill(daysBefore(todayDate(), -1));
      await page.getByRole('button', { name: 'Record action as done' }).click();
      const summary = page.locator('.govuk-error-summary');
      await summary.waitFor();
      await expect(summary.getByRole('link', { name: 'Date done cannot be in the future' }).getAttribute('href')).resolves.toBe('#field-completedOn');
      await checkScreen(page, 'agency-representative-action-error');
      expect(await idvaActions('DONE')).toEqual([]);

      await page.getByLabel('Date done').fill(todayDate());
      await page.getByRole('button', { name: 'Record action as done' }).click();
      await page.getByText('Action for Grace Okafor recorded as done').waitFor();
      await page.getByRole('table', { name: 'Done (1)' }).waitFor();
      expect(await page.getByRole('table', { name: 'Done (1)' }).innerText()).toContain('refuge place confirmed');
      expect(await page.locator('main').innerText()).toContain('Your agency has no open actions.');
      await checkScreen(page, 'agency-representative-action-done');
      expect(await idvaActions('DONE')).toEqual([
        expect.objectContaining({
          status: 'DONE',
          completedOn: todayDate(),
          completionNote: 'Safety plan reviewed with Grace and her IDVA; refuge place confirmed',
        }),
      ]);
    } finally {
      await context.close();
    }
  });

  it('the perpetrator programme’s representative sees the programme’s action and the agenda, never what was recorded for Grace', async () => {
    const { context, page } = await newConsolePage(browser, t);
    const seen: string[] = [];
    page.on('response', async (response) => {
      if (response.url().includes('/graphql')) seen.push(await response.text().catch(() => ''));
    });
    const look = async (name: string) => {
      await checkScreen(page, name);
      seen.push(await pageText(page));
    };
    try {
      await signInAs(page, programmeRep.email);
      await page.getByRole('link', { name: "My agency's actions" }).click();
      const open = await page.getByRole('table', { name: 'Open actions (1)' }).innerText();
      expect(open).toContain('Offer Dan a place on the Caring Dads programme');
      expect(open).toContain('Programme intake team');
      await look('agency-representative-actions-perpetrator-programme');
      await page.goto(`/meetings/${meetingId}`);
      await page.getByRole('heading', { name: 'Northside MARAC', level: 1 }).waitFor();
      expect(await page.locator('main').innerText()).toContain('Okafor-Brown family');
      await look('agency-representative-meeting-perpetrator-programme');
      await visitMyWork(page);
      await look('agency-representative-my-work-perpetrator-programme');
    } finally {
      await context.close();
    }
    const everything = seen.join('\n');
    expect(everything).toContain('Caring Dads');
    for (const secret of [REFUGE, EXCLUSION, RISKS, GRACE_ACTION]) expect(everything).not.toContain(secret);
  });
});

async function visitMyWork(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'My work' }).click();
  await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();
}
