import { Browser } from 'playwright-core';
import { AgencyKind, Role } from '../libs/access/src';
import { checkScreen, describeInBrowser, launchChromium, newConsolePage, pageText, signInAs } from './support/browser';
import { anAgency, aUser, SignedInUser } from './support/factories';
import { FamilyStory } from './support/family-story';
import { startTestApp, TestApp } from './support/test-app';

const SETTINGS = `mutation ($input: UpdateEpisodeApprovalSettingsInput!) { updateEpisodeApprovalSettings(input: $input) { level } }`;
const approvalFor = (requiresApproval: boolean) => ({ input: { settings: ['CIN', 'CP_PLAN'].map((level) => ({ level, requiresApproval })) } });

let t: TestApp;
let admin: SignedInUser, social: SignedInUser, manager: SignedInUser;
let okafor: FamilyStory;

/**
 * The partnership requires a manager's approval to close or step down Child in Need and child
 * protection episodes. Zofia's step down (Hughes family) was proposed first; then Amara's social
 * worker opens her CP episode in the console, and, 12 days after Tom left, proposes closing it.
 */
beforeAll(async () => {
  t = await startTestApp();
  const csc = await anAgency(t, AgencyKind.CHILDRENS_SOCIAL_CARE);
  admin = await aUser(t, [Role.ADMIN]);
  social = await aUser(t, [Role.CASE_PRACTITIONER], csc);
  manager = await aUser(t, [Role.MANAGER], csc);
  const settings = await t.gql(SETTINGS, approvalFor(true), { token: admin.token });
  if (settings.errors) throw new Error(JSON.stringify(settings.errors));

  const hughes = await FamilyStory.begin(t, social, 'Hughes family');
  const zofia = await hughes.member('Zofia', 'CHILD', '2019-05-05');
  const zofiaEpisode = await hughes.openEpisode(zofia, 'CIN', '2025-01-01');
  await hughes.run(`mutation ($input: StepEpisodeInput!) { proposeStepDown(input: $input) { id } }`, {
    episodeId: zofiaEpisode,
    toLevel: 'EARLY_HELP',
    occurredOn: '2025-04-01',
    reason: 'Plan goals met',
  });

  okafor = await FamilyStory.begin(t, social, 'Okafor-Brown family');
  const grace = await okafor.member('Grace', 'ADULT', '2018-01-01');
  const tom = await okafor.member('Tom', 'ADULT', '2018-01-01');
  await okafor.member('Amara', 'CHILD', '2019-06-15');
  const couple = await okafor.relationship(tom, grace, 'PARTNER', '2018-01-01');
  await okafor.harm(tom, grace, '2025-01-05');
  await okafor.run(`mutation ($input: RecordRiskAssessmentInput!) { recordRiskAssessment(input: $input) { id } }`, {
    familyId: okafor.familyId,
    victimPersonId: grace,
    personCausingHarmId: tom,
    assessedOn: '2025-02-01',
    judgement: 'MEDIUM',
    answers: Array.from({ length: 24 }, (_, i) => (i < 16 ? 'YES' : 'NO')),
  });
  await okafor.separate(couple, '2025-03-01', tom);
});
afterAll(async () => {
  // Test files share one database: leave the partnership as the other files expect it.
  await t?.gql(SETTINGS, approvalFor(false), { token: admin.token });
  await t?.close();
});

describeInBrowser('closure approval in the console', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('the practitioner opens the episode and proposes its closure; the manager reads the risk in words, oldest first, and approves', async () => {
    const practitioner = await newConsolePage(browser, t);
    let page = practitioner.page;
    await signInAs(page, social.email);
    await page.goto(`/families/${okafor.familyId}`);
    await page.getByRole('heading', { name: 'Episodes', level: 2 }).waitFor();
    await page.getByRole('link', { name: 'Open an episode' }).click();
    await page.getByRole('heading', { name: 'Open an episode', level: 1 }).waitFor();
    await checkScreen(page, 'episode-open');
    await page.getByLabel('Child').selectOption({ label: 'Amara Story' });
    await page.getByLabel('Level').selectOption({ label: 'Child Protection plan' });
    await page.getByLabel('Date decided').fill('2025-01-10');
    await page.getByRole('button', { name: 'Open episode' }).click();
    await page.getByRole('heading', { name: 'Okafor-Brown family', level: 1 }).waitFor();
    await page.getByRole('row', { name: /Child Protection plan Open/ }).waitFor();
    await checkScreen(page, 'family-episodes');

    // Stepping up needs no approval anywhere: the form says nothing of a manager.
    await page.getByRole('link', { name: "Step up Amara Story's episode" }).click();
    await page.getByRole('heading', { name: 'Step up', level: 1 }).waitFor();
    const levels = page.getByRole('combobox', { name: 'Step up to' });
    await levels.waitFor();
    expect(await levels.locator('option').allTextContents()).toEqual(['Select the level', 'Looked after (in care)']);
    expect(await pageText(page)).not.toContain("manager's approval");
    await checkScreen(page, 'episode-step-up');
    await page.getByRole('link', { name: 'Back to the Okafor-Brown family' }).click();
    await page.getByRole('heading', { name: 'Okafor-Brown family', level: 1 }).waitFor();

    // Closing a CP episode needs approval here: the close form is a proposal.
    await page.getByRole('link', { name: "Close Amara Story's episode" }).click();
    await page.getByRole('heading', { name: 'Propose closing the episode', level: 1 }).waitFor();
    expect(await pageText(page)).toContain("an episode at Child Protection plan closes only with a manager's approval");
    await page.getByRole('button', { name: 'Send for approval' }).click();
    await page.getByRole('link', { name: 'Select the CIN census reason for closure' }).waitFor();
    await checkScreen(page, 'episode-propose-closure-error');
    await page.getByLabel('RC7: Services ceased for any other reason, including no longer in need').check();
    await page.getByLabel('Local reason (optional)').selectOption({ label: 'Parents separated' });
    await page.getByLabel('Date it takes effect').fill('2025-03-13');
    await page.getByLabel('Why you propose it (optional)').fill('Tom has moved out');
    await page.getByRole('button', { name: 'Send for approval' }).click();
    await page.getByRole('heading', { name: /Close the episode: proposed/, level: 1 }).waitFor();
    await page.getByText('Waiting on a manager').waitFor();
    await checkScreen(page, 'episode-proposal-practitioner');
    // The practitioner has no approve or return on their own proposal.
    expect(await page.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await practitioner.context.close();

    const managing = await newConsolePage(browser, t);
    page = managing.page;
    await signInAs(page, manager.email);
    await page.getByRole('link', { name: 'Proposals waiting' }).click();
    const table = page.getByRole('table', { name: /waiting on you, oldest first/ });
    await table.waitFor();
    const rows = (await table.locator('tbody tr').allInnerTexts()).map((row) => row.replace(/\s+/g, ' ').trim());
    const ours = rows.filter((row) => /Hughes family|Okafor-Brown family/.test(row));
    expect(ours).toHaveLength(2);
    expect(ours[0]).toMatch(/Hughes family Zofia Story Step down to Early Help from 1 Apr 2025 Would raise no signal Review/);
    expect(ours[1]).toContain(
      'Okafor-Brown family Amara Story Close the episode from 13 Mar 2025 Closure soon after a separation (high) ' +
        "Amara's case was closed 12 days after Tom and Grace's separation was recorded on 1 March 2025 Last DASH score 16 on 1 February 2025 " +
        'No behaviour-change referral accepted for Tom Review',
    );
    await checkScreen(page, 'manager-proposals');

    await page.getByRole('link', { name: 'Review the proposal for Amara Story' }).click();
    await page.getByRole('heading', { name: 'Pre-closure risk check', level: 2 }).waitFor();
    const risk = page.getByRole('heading', { name: /Closure soon after a separation/ }).locator('xpath=..');
    expect((await risk.getByRole('listitem').allInnerTexts()).map((text) => text.trim())).toEqual([
      "Amara's case was closed 12 days after Tom and Grace's separation was recorded on 1 March 2025",
      'Last DASH score 16 on 1 February 2025',
      'No behaviour-change referral accepted for Tom',
    ]);
    await checkScreen(page, 'manager-proposal');

    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('link', { name: 'Enter a note saying why you approve it' }).waitFor();
    await page.getByLabel('Note').fill('Safety plan agreed with Grace; review in four weeks');
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByText("Approved: Amara Story's episode is closed.").waitFor();
    // The proposal as kept: who approved it, the note, and the risk shown at that moment.
    await page.getByText('Approved by').waitFor();
    await page.getByRole('definition').filter({ hasText: 'Safety plan agreed with Grace; review in four weeks' }).waitFor();
    await page.getByText('Last DASH score 16 on 1 February 2025').waitFor();
    expect(await page.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await checkScreen(page, 'manager-proposal-approved');

    const [episode] = await t.dataSource.query(`SELECT closed_on::text, closure_reason, closure_sub_reason FROM episode WHERE family_id = $1`, [
      okafor.familyId,
    ]);
    expect(episode).toEqual({ closed_on: '2025-03-13', closure_reason: 'RC7', closure_sub_reason: 'PARENTS_SEPARATED' });
    await managing.context.close();
  }, 240_000);

  it('says plainly to a practitioner that proposals wait on managers', async () => {
    const { context, page } = await newConsolePage(browser, t);
    await signInAs(page, social.email);
    await page.goto('/proposals');
    await page.getByText('Closures and step downs wait on managers: approving them is not available to your role.').waitFor();
    await checkScreen(page, 'proposals-not-for-practitioners');
    await context.close();
  });
});
