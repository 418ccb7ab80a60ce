import { Browser, Page } from 'playwright-core';
import { RequestContext, TransactionalConnection } from '../libs/platform/src';
import { ServiceEntity } from '../libs/referrals/src';
import { checkScreen, describeInBrowser, launchChromium, newConsolePage, pageText, signInAs } from './support/browser';
import { MaracWorld, maracWorld } from './support/marac';
import { eventually, startTestApp, TestApp } from './support/test-app';

let t: TestApp;
let w: MaracWorld;
let caringDads: string;
const CONFIDENTIAL_ADDRESS = 'Refuge, 1 Safe Street';
const HARM_NOTE = 'Grace fears he will find the refuge through Amara';
const ACKNOWLEDGEMENT = 'Review booked with Grace and the IDVA for next week';
const REVIEW_NOTE = 'Handover arrangements checked with Grace: contact stays supervised';

async function api(query: string, variables: Record<string, unknown> = {}, by = w.social) {
  const result = await t.gql(query, variables, { token: by.token });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const familyFacts = () =>
  api(
    `query ($id: ID!) { family(id: $id) { incidents { id description } harmRelationships { id } assessments { factors primaryNeed } socioEconomicContext { housing }
      childContacts { arrangement endedOn } referrals { id status statusHistory { toStatus } } } }`,
    { id: w.familyId },
  ).then((data) => data.family);

const signalsOfFamily = async (states = ['OPEN', 'ACKNOWLEDGED']) =>
  (
    await api(
      `query ($familyId: ID!, $states: [RiskSignalState!]) { riskSignals(filter: { familyId: $familyId, states: $states }, first: 50) { nodes { id kind state } } }`,
      {
        familyId: w.familyId,
        states,
      },
    )
  ).riskSignals.nodes as Array<{ id: string; kind: string; state: string }>;

beforeAll(async () => {
  t = await startTestApp();
  w = await maracWorld(t);
  await api(`mutation ($input: RecordRelationshipInput!) { recordRelationship(input: $input) { id } }`, {
    input: { familyId: w.familyId, personId: w.graceId, relatedPersonId: w.danId, type: 'PARTNER', togetherSince: '2018-01-01' },
  });
  const db = t.app.get(TransactionalConnection);
  const service = await db.withTransaction(RequestContext.system('fixture'), (ctx) =>
    db
      .repository(ctx, ServiceEntity)
      .save({ agencyId: w.agencies.programme.id, name: `Caring Dads ${w.familyId.slice(0, 6)}`, type: 'PERPETRATOR_PROGRAMME' as ServiceEntity['type'] }),
  );
  caringDads = service.name;
}, 180_000);
afterAll(() => t?.close());

/** Opens a form from the family record's task list. */
async function openTask(page: Page, link: string, heading: string) {
  await page.goto(`/families/${w.familyId}`);
  await page.getByRole('navigation', { name: 'Record what has happened' }).getByRole('link', { name: link }).click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

async function expectBanner(page: Page, text: string) {
  await page.getByRole('alert').filter({ hasText: text }).waitFor();
  await page.getByRole('heading', { name: 'Okafor-Brown family', level: 1 }).waitFor();
}

describeInBrowser("the case practitioner's day in the console", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('records a separation, an incident, harm, an assessment, a referral out, and follows up the signals', async () => {
    const { context, page } = await newConsolePage(browser, t);
    await signInAs(page, w.social.email);

    // My families, from the navigation.
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'My families' }).click();
    await page.getByRole('heading', { name: 'My families', level: 1 }).waitFor();
    await page
      .getByRole('table', { name: 'Families (1)' })
      .getByRole('row', { name: /Okafor-Brown family You/ })
      .waitFor();
    await checkScreen(page, 'case-practitioner-my-families');
    await page.getByRole('link', { name: 'Okafor-Brown family' }).click();
    await page.getByRole('heading', { name: 'Okafor-Brown family', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Record what has happened' }).waitFor();
    await checkScreen(page, 'case-practitioner-family');

    // A separation: Dan leaves the household that day.
    await openTask(page, 'Record a separation', 'Record a separation');
    await page.getByLabel('Couple').selectOption({ label: 'Grace Okafor and Dan Brown' });
    await page.getByLabel('Date they separated').fill('2024-11-05');
    await page.getByLabel('Dan Brown').check();
    await checkScreen(page, 'case-practitioner-separation');
    await page.getByRole('button', { name: 'Record separation' }).click();
    await expectBanner(page, 'Separation recorded');
    await page
      .getByRole('table', { name: 'Past members (1)' })
      .getByRole('row', { name: /Dan Brown .* 5 Nov 2024/ })
      .waitFor();
    await checkScreen(page, 'case-practitioner-separation-recorded');

    // The plan is closed a fortnight later, on separation (the closure screens are another form).
    await api(`mutation ($input: CloseEpisodeInput!) { closeEpisode(input: $input) { id } }`, {
      input: {
        episodeId: w.episodeId,
        occurredOn: '2024-11-20',
        closureReason: 'RC7',
        closureSubReason: 'PARENTS_SEPARATED',
        reason: 'Father has left the home',
      },
    });

    // An incident dated in the future: the API refuses, the summary links to the date, nothing is written.
    await openTask(page, 'Record an incident', 'Record an incident');
    await page.getByLabel('Police domestic abuse notification').check();
    await page.getByLabel('Date it happened').fill('2099-01-01');
    await page.getByLabel('Reporting agency').selectOption({ label: w.agencies.police.name });
    await page.getByLabel('What happened').fill('Police called by a neighbour at a child-contact handover');
    await page.getByLabel('Grace Okafor').selectOption({ label: 'Adult victim' });
    await page.getByLabel('Dan Brown').selectOption({ label: 'Person causing harm' });
    await page.getByLabel('Amara Okafor-Brown').selectOption({ label: 'Child present' });
    await page.getByRole('button', { name: 'Record incident' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByRole('link', { name: 'Date it happened cannot be in the future' }).waitFor();
    await page.locator('#field-occurredOn-error').getByText('Date it happened cannot be in the future').waitFor();
    expect(await summary.and(page.locator(':focus')).count()).toBe(1);
    await checkScreen(page, 'case-practitioner-incident-error');
    expect((await familyFacts()).incidents).toEqual([]);

    // Corrected, it is recorded (the other answers were kept).
    await page.getByLabel('Date it happened').fill('2024-12-01');
    await page.getByRole('button', { name: 'Record incident' }).click();
    await expectBanner(page, 'Incident recorded');
    expect((await familyFacts()).incidents).toHaveLength(1);

    // A harm relationship: coercive control and strangulation, suspected, not disclosed.
    await openTask(page, 'Record a harm relationship', 'Record a harm relationship');
    await page.getByLabel('Person causing harm').selectOption({ label: 'Dan Brown' });
    await page.getByLabel('Person harmed').selectOption({ label: 'Grace Okafor' });
    await page.getByLabel('Coercive control').check();
    await page.getByLabel('Non-fatal strangulation').check();
    await page.getByLabel('Suspected, not disclosed').check();
    await page.getByLabel('Typology (optional)').selectOption({ label: 'Separation-instigated violence' });
    await page.getByLabel('Date recorded').fill('2024-12-02');
    await page.getByLabel('Note (optional)').fill(HARM_NOTE);
    await checkScreen(page, 'case-practitioner-harm-relationship');
    await page.getByRole('button', { name: 'Record harm relationship' }).click();
    await expectBanner(page, 'Harm relationship recorded');
    await page
      .getByRole('table', { name: 'Harm relationships (1)' })
      .getByRole('row', {
        name: /Dan Brown Grace Okafor Coercive control; Non-fatal strangulation \(separation-instigated violence\) Suspected, not disclosed/,
      })
      .getByText(HARM_NOTE)
      .waitFor();

    // An assessment with its CIN census factors and primary need.
    await openTask(page, 'Record an assessment', 'Record an assessment');
    await page.getByLabel('Child', { exact: true }).selectOption({ label: 'Amara Okafor-Brown' });
    await page.getByLabel('Date completed').fill('2024-12-05');
    await page.getByLabel('3B Domestic abuse: a parent or carer is the subject').check();
    await page.getByLabel('4B Mental health: parent or carer').check();
    await page.getByLabel('Primary need').selectOption({ label: 'N1 Abuse or neglect (includes domestic abuse)' });
    await page.getByLabel('Child in Need').check();
    await checkScreen(page, 'case-practitioner-assessment');
    await page.getByRole('button', { name: 'Record assessment' }).click();
    await expectBanner(page, 'Assessment recorded');
    await page
      .getByRole('table', { name: 'Assessments (1)' })
      .getByRole('row', { name: /Amara Okafor-Brown 3B, 4B N1 Abuse or neglect/ })
      .waitFor();

    // Child contact with Dan, then its end; the family's circumstances.
    await openTask(page, 'Record child contact', 'Record child contact');
    await page.getByLabel('Child', { exact: true }).selectOption({ label: 'Amara Okafor-Brown' });
    await page.getByLabel('Person causing harm').selectOption({ label: 'Dan Brown' });
    await page.getByLabel('Supervised', { exact: true }).check();
    await page.getByLabel('Date contact started').fill('2024-11-10');
    await checkScreen(page, 'case-practitioner-child-contact');
    await page.getByRole('button', { name: 'Record child contact' }).click();
    await expectBanner(page, 'Child contact recorded');
    await page.getByRole('link', { name: 'End contact of Amara Okafor-Brown with Dan Brown' }).click();
    await page.getByRole('heading', { name: 'End child contact', level: 1 }).waitFor();
    await page.getByLabel('Date it ended').fill('2024-12-20');
    await checkScreen(page, 'case-practitioner-end-child-contact');
    await page.getByRole('button', { name: 'End contact' }).click();
    await expectBanner(page, 'Child contact ended');
    expect((await familyFacts()).childContacts).toEqual([{ arrangement: 'SUPERVISED', endedOn: '2024-12-20' }]);

    await openTask(page, 'Record socio-economic context', 'Record socio-economic context');
    await page.getByLabel('Date known').fill('2024-12-05');
    await page.getByLabel('Temporary accommodation').check();
    await page.getByLabel('Not in the labour market').check();
    await page.getByLabel('Yes', { exact: true }).check();
    await page.getByLabel('Deprivation decile (optional)').fill('2');
    await checkScreen(page, 'case-practitioner-socio-economic-context');
    await page.getByRole('button', { name: 'Record context' }).click();
    await expectBanner(page, 'Socio-economic context recorded');
    await page
      .getByRole('table', { name: /Socio-economic context \(1\)/ })
      .getByRole('row', { name: /Temporary accommodation Not in the labour market Yes 2/ })
      .waitFor();

    // A referral out: kept as a draft, sent, then withdrawn; each change dated in its history.
    await page.goto(`/families/${w.familyId}`);
    await page.getByRole('link', { name: 'Make a referral' }).first().click();
    await page.getByRole('heading', { name: 'Make a referral', level: 1 }).waitFor();
    await page.getByLabel('Who the referral is about').selectOption({ label: 'Dan Brown' });
    await page.getByLabel('Service', { exact: true }).selectOption({ label: `${caringDads} (perpetrator programme)` });
    await page.getByLabel('Why you refer').fill('Father willing to attend a behaviour-change programme');
    await page.getByLabel('Refused', { exact: true }).check();
    await page.getByLabel('Safeguarding a child').check();
    await page.getByLabel('Date of the referral').fill('2024-12-06');
    await page.getByLabel('No, keep it as a draft').check();
    await checkScreen(page, 'case-practitioner-referral-new');
    await page.getByRole('button', { name: 'Save referral' }).click();
    await page.getByRole('alert').filter({ hasText: 'Referral saved as a draft' }).waitFor();
    await page.getByLabel('Date', { exact: true }).fill('2024-12-07');
    await page.getByRole('button', { name: 'Send referral' }).click();
    await page.getByRole('alert').filter({ hasText: 'Referral sent' }).waitFor();
    await page.getByRole('row', { name: /7 Dec 2024 Draft to submitted/ }).waitFor();
    await page.getByLabel('Date', { exact: true }).fill('2024-12-09');
    await page.getByLabel('Note (optional)').fill('Father moved out of the area');
    await page.getByRole('button', { name: 'Withdraw referral' }).click();
    await page.getByRole('alert').filter({ hasText: 'Referral withdrawn' }).waitFor();
    await page.getByRole('row', { name: /9 Dec 2024 Submitted to withdrawn/ }).waitFor();
    const history = (await page.getByRole('table', { name: 'History, oldest first' }).locator('tbody tr').allInnerTexts()).map((row) =>
      row
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/ Test CASE_PRACTITIONER \S+/, ''),
    );
    expect(history).toEqual(['6 Dec 2024 Made as draft', '7 Dec 2024 Draft to submitted', '9 Dec 2024 Submitted to withdrawn Father moved out of the area']);
    await checkScreen(page, 'case-practitioner-referral-history');
    const [referral] = (await familyFacts()).referrals;
    expect(referral.statusHistory.map((entry: { toStatus: string }) => entry.toStatus)).toEqual(['DRAFT', 'SUBMITTED', 'WITHDRAWN']);

    // The closure after separation raised a signal: acknowledge it, then record the review.
    await eventually('the post-separation closure signal', async () =>
      (await signalsOfFamily()).find((s) => s.kind === 'POST_SEPARATION_CLOSURE' && s.state === 'OPEN'),
    );
    await page.goto(`/families/${w.familyId}#signals`);
    await page.getByRole('link', { name: 'Acknowledge the post separation closure signal' }).click();
    await page.getByRole('heading', { name: 'Acknowledge a risk signal', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Acknowledge signal' }).click();
    await page.locator('.govuk-error-summary').getByRole('link', { name: 'Say what is being done about the signal' }).waitFor();
    await checkScreen(page, 'case-practitioner-acknowledge-error');
    await page.getByLabel('What is being done').fill(ACKNOWLEDGEMENT);
    await page.getByRole('button', { name: 'Acknowledge signal' }).click();
    await expectBanner(page, 'Signal acknowledged');
    await page.getByText(ACKNOWLEDGEMENT).waitFor();
    expect((await signalsOfFamily()).find((s) => s.kind === 'POST_SEPARATION_CLOSURE')?.state).toBe('ACKNOWLEDGED');

    await page.getByRole('link', { name: 'Record a post-separation review' }).click();
    await page.getByRole('heading', { name: 'Record a post-separation review', level: 1 }).waitFor();
    await page.getByLabel('Closure reviewed').selectOption({ label: 'Amara Okafor-Brown: Child Protection plan closed 20 Nov 2024' });
    await page.getByLabel('Support arranged').check();
    await page.getByLabel('Date of the review').fill('2024-12-10');
    await page.getByLabel('Note (optional)').fill(REVIEW_NOTE);
    await checkScreen(page, 'case-practitioner-post-separation-review');
    await page.getByRole('button', { name: 'Record review' }).click();
    await expectBanner(page, 'Post-separation review recorded: 1 post-separation closure signal resolved');
    expect((await signalsOfFamily()).filter((s) => s.kind === 'POST_SEPARATION_CLOSURE')).toEqual([]);
    await checkScreen(page, 'case-practitioner-after-review');
    await context.close();
  }, 300_000);

  it('opens every other recording form with its fields labelled, and writes nothing when a form is sent empty', async () => {
    const { context, page } = await newConsolePage(browser, t);
    await signInAs(page, w.social.email);
    const before = await familyFacts();
    for (const [link, heading, button, firstProblem] of [
      ['Record a reconciliation', 'Record a reconciliation', 'Record reconciliation', 'Select the couple who reconciled'],
      ['Record a member leaving the household', 'Record a member leaving the household', 'Record member leaving', 'Select who left the household'],
      ['Record a kinship placement', 'Record a kinship placement', 'Record kinship placement', 'Select the child'],
    ]) {
      await openTask(page, link, heading);
      await checkScreen(page, `case-practitioner-${link.toLowerCase().replace(/[^a-z]+/g, '-')}`);
      await page.getByRole('button', { name: button }).click();
      await page.locator('.govuk-error-summary').getByRole('link', { name: firstProblem }).waitFor();
    }
    await checkScreen(page, 'case-practitioner-kinship-placement-error');
    expect(await familyFacts()).toEqual(before);
    await context.close();
  }, 120_000);

  it('shows a perpetrator worker who opens the family through break-glass none of the victim-side detail, and none of the forms', async () => {
    await api(
      `mutation ($input: RequestBreakGlassAccessInput!) { requestBreakGlassAccess(input: $input) { id } }`,
      { input: { subjectType: 'FAMILY', subjectId: w.familyId, reason: 'Dan says the family has been closed; checking before his next session' } },
      w.perpetratorWorker,
    );
    const { context, page } = await newConsolePage(browser, t);
    const bodies: string[] = [];
    page.on('response', async (response) => {
      if (response.url().endsWith('/graphql')) bodies.push(await response.text().catch(() => ''));
    });
    await signInAs(page, w.perpetratorWorker.email);
    expect(await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'My families' }).count()).toBe(0);
    await page.goto(`/families/${w.familyId}`);
    await page.getByRole('heading', { name: 'Okafor-Brown family', level: 1 }).waitFor();
    // The API gives him no harm relationship at all (suspected harm and its notes are victim-side).
    await page.getByRole('table', { name: 'Harm relationships (0)' }).waitFor();
    await page.getByRole('table', { name: 'Assessments (1)' }).waitFor();
    await checkScreen(page, 'case-practitioner-family-perpetrator-worker');
    expect(await page.getByRole('navigation', { name: 'Record what has happened' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Make a referral' }).count()).toBe(0);

    // A form reached by its address is no way round: the API refuses the write, the page says so.
    await page.goto(`/families/${w.familyId}/harm-relationships/new`);
    await page.getByRole('heading', { name: 'Record a harm relationship', level: 1 }).waitFor();
    await page.getByLabel('Person causing harm').selectOption({ label: 'Dan Brown' });
    await page.getByLabel('Person harmed').selectOption({ label: 'Grace Okafor' });
    await page.getByLabel('Physical').check();
    await page.getByLabel('Disclosed', { exact: true }).check();
    await page.getByLabel('Date recorded').fill('2024-12-12');
    await page.getByRole('button', { name: 'Record harm relationship' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    await checkScreen(page, 'case-practitioner-form-perpetrator-worker');
    expect((await familyFacts()).harmRelationships).toHaveLength(1);

    const text = (await pageText(page)) + bodies.join('\n');
    await page.goto(`/families/${w.familyId}`);
    await page.getByRole('heading', { name: 'Okafor-Brown family', level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    const everything = text + (await pageText(page)) + bodies.join('\n');
    for (const secret of [CONFIDENTIAL_ADDRESS, HARM_NOTE, ACKNOWLEDGEMENT, REVIEW_NOTE]) expect(everything).not.toContain(secret);
    await context.close();
  }, 120_000);
});
