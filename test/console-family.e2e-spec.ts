import { Browser } from 'playwright-core';
import { RequestContext, TransactionalConnection } from '../libs/platform/src';
import { ServiceEntity } from '../libs/referrals/src';
import { checkScreen, describeInBrowser, launchChromium, newConsolePage, pageText, signInAs } from './support/browser';
import { aMaracWithItem, MaracWorld, maracWorld } from './support/marac';
import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
let w: MaracWorld;
const CONFIDENTIAL_ADDRESS = 'Refuge, 1 Safe Street';

/** Runs a mutation as `by` and fails loudly on any error. */
async function record(query: string, input: Record<string, unknown>, by = w.social) {
  const result = await t.gql(query, { input }, { token: by.token });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/**
 * Grace and Dan's family, as the case practitioner records it: together since 2018; Amara on a CP
 * plan from September 2024; Dan leaves in November and the plan is closed a fortnight later
 * ("parents separated"); they reconcile in December; Amara's case re-opens at CIN in January and
 * steps up to CP in February; a police notification on 2 March and a MARAC on 4 March.
 */
async function theOkaforBrownStory(): Promise<void> {
  const couple = await record(`mutation ($input: RecordRelationshipInput!) { recordRelationship(input: $input) { id } }`, {
    familyId: w.familyId,
    personId: w.graceId,
    relatedPersonId: w.danId,
    type: 'PARTNER',
    togetherSince: '2018-01-01',
  });
  const relationshipId = couple.recordRelationship.id;
  await record(`mutation ($input: RecordSeparationInput!) { recordSeparation(input: $input) { id } }`, {
    relationshipId,
    separatedOn: '2024-11-05',
    leftHouseholdPersonId: w.danId,
  });
  await record(`mutation ($input: CloseEpisodeInput!) { closeEpisode(input: $input) { id } }`, {
    episodeId: w.episodeId,
    occurredOn: '2024-11-20',
    closureReason: 'RC7',
    closureSubReason: 'PARENTS_SEPARATED',
    reason: 'Father has left the home',
  });
  await record(`mutation ($input: RecordReconciliationInput!) { recordReconciliation(input: $input) { id } }`, {
    relationshipId,
    reconciledOn: '2024-12-10',
  });
  const reopened = await record(`mutation ($input: OpenEpisodeInput!) { openEpisode(input: $input) { id } }`, {
    familyId: w.familyId,
    childId: w.amaraId,
    level: 'CIN',
    occurredOn: '2025-01-06',
    reason: 'Re-referral from school',
  });
  await record(`mutation ($input: StepEpisodeInput!) { stepUp(input: $input) { id } }`, {
    episodeId: reopened.openEpisode.id,
    toLevel: 'CP_PLAN',
    occurredOn: '2025-02-20',
    reason: 'ICPC after strangulation disclosed',
  });
  await record(`mutation ($input: RecordIncidentInput!) { recordIncident(input: $input) { id } }`, {
    familyId: w.familyId,
    kind: 'POLICE_DA_NOTIFICATION',
    occurredOn: '2025-03-02',
    description: 'Police called by a neighbour',
    reportingAgencyId: w.agencies.police.id,
    people: [
      { personId: w.graceId, role: 'ADULT_VICTIM' },
      { personId: w.danId, role: 'PERSON_CAUSING_HARM' },
      { personId: w.amaraId, role: 'CHILD_PRESENT' },
    ],
  });
  await aMaracWithItem(t, w);
}

beforeAll(async () => {
  t = await startTestApp();
  w = await maracWorld(t);
  await theOkaforBrownStory();
});
afterAll(() => t?.close());

describeInBrowser('the family record in the console', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('shows the case practitioner the members, the journey chart and the same facts as a table', async () => {
    const { context, page } = await newConsolePage(browser, t);
    await signInAs(page, w.social.email);
    await page.goto(`/families/${w.familyId}`);
    await page.getByRole('heading', { name: 'Okafor-Brown family', level: 1 }).waitFor();

    // Dan left the household on the separation: a past member, with the day he left.
    const current = page.getByRole('table', { name: 'Current members (2)' });
    await current
      .getByRole('row', { name: /Grace Okafor/ })
      .getByText(CONFIDENTIAL_ADDRESS)
      .waitFor();
    await current.getByRole('row', { name: /Amara Okafor-Brown/ }).waitFor();
    await page
      .getByRole('table', { name: 'Past members (1)' })
      .getByRole('row', { name: /Dan Brown .* 5 Nov 2024/ })
      .waitFor();

    const chart = page.getByRole('img', { name: 'Journey of the Okafor-Brown family over time' });
    await chart.waitFor();
    expect(await chart.getAttribute('aria-describedby')).toBe('journey-chart-desc');
    expect(await page.locator('#journey-chart-desc').textContent()).toContain(
      '1 step-ups, 0 step-downs, 1 closures, 1 re-openings, 1 separations, 1 reconciliations, 1 incidents and 1 MARACs',
    );

    const table = page.getByRole('table', { name: /Journey as a table/ });
    const rows = (await table.locator('tbody tr').allInnerTexts()).map((row) => row.replace(/\s+/g, ' ').trim());
    expect(rows).toEqual([
      '10 Sept 2024 Opened Amara Okafor-Brown Opened at Child Protection plan: ICPC: risk of significant harm',
      '5 Nov 2024 Separation Family Separation: Grace Okafor and Dan Brown; Dan Brown left the household',
      '20 Nov 2024 Closed Amara Okafor-Brown Closed at Child Protection plan (RC7, parents separated)',
      '10 Dec 2024 Reconciliation Family Reconciliation: Grace Okafor and Dan Brown',
      '6 Jan 2025 Re-opened Amara Okafor-Brown Re-opened at Child in Need: Re-referral from school',
      '20 Feb 2025 Step up Amara Okafor-Brown Stepped up from Child in Need to Child Protection plan: ICPC after strangulation disclosed',
      '2 Mar 2025 Incident Family Incident: police domestic abuse notification',
      '4 Mar 2025 MARAC Family MARAC: Northside MARAC',
    ]);

    await page.getByRole('heading', { name: 'Timeline', level: 2 }).waitFor();
    await page.locator('.moj-timeline__item').first().waitFor();
    await checkScreen(page, 'family-record');
    await context.close();
  });

  it("never shows Grace's confidential address to the perpetrator worker, who may not open the family even once Dan is referred to his programme", async () => {
    const { context, page } = await newConsolePage(browser, t);
    await signInAs(page, w.perpetratorWorker.email);
    await page.goto(`/families/${w.familyId}`);
    await page.getByRole('heading', { name: 'You cannot open this family' }).waitFor();
    expect(await pageText(page)).not.toContain(CONFIDENTIAL_ADDRESS);
    await checkScreen(page, 'family-record-refused');

    // The case practitioner refers Dan to Caring Dads: the programme now works with the family.
    const db = t.app.get(TransactionalConnection);
    const programme = await db.withTransaction(RequestContext.system('fixture'), (ctx) =>
      db
        .repository(ctx, ServiceEntity)
        .save({ agencyId: w.agencies.programme.id, name: `Caring Dads ${w.familyId.slice(0, 6)}`, type: 'PERPETRATOR_PROGRAMME' as ServiceEntity['type'] }),
    );
    await record(`mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, {
      familyId: w.familyId,
      subjectPersonId: w.danId,
      serviceId: programme.id,
      reason: 'Father willing to attend a behaviour-change programme',
      consent: 'GIVEN',
      occurredOn: '2025-03-05',
      submit: true,
    });
    // The programme works with Dan, not with the family: the record stays closed to its worker.
    const asWorker = await t.gql(`query ($id: ID!) { family(id: $id) { id } }`, { id: w.familyId }, { token: w.perpetratorWorker.token });
    expect(asWorker.errors?.[0].extensions.code).toBe('FORBIDDEN');
    await page.reload();
    await page.getByRole('heading', { name: 'You cannot open this family' }).waitFor();
    expect(await pageText(page)).not.toContain(CONFIDENTIAL_ADDRESS);
    await context.close();
  });
});
