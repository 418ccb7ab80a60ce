import { Browser, Page } from 'playwright-core';
import { AgencyKind, Role } from '../libs/access/src';
import { checkScreen, describeInBrowser, launchChromium, newConsolePage, signInAs } from './support/browser';
import { anAgency, aPerson, aUser, SignedInUser } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

/**
 * A children's services manager's day in the console: allocates the Okon family to a social worker
 * and her team, merges the two records of one child (after checking), reads the break-glass grant
 * a colleague asked for, and filters the audit trail down to that merge.
 */
describeInBrowser('the manager allocates, merges duplicates, reads break-glass grants and the audit trail in the console', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let manager: SignedInUser;
  let social: SignedInUser;
  let sam: SignedInUser;
  let familyId: string;
  let kaiId: string;
  let kyeId: string;
  let outsideId: string;
  const breakGlassReason = 'Possible duplicate of a child protection referral received today';
  const mergeReason = 'Same child: school and GP confirm one date of birth';

  const errorSummary = () => page.locator('.govuk-error-summary');
  const success = () => page.locator('.govuk-notification-banner--success');
  const must = (result: { errors?: unknown; data?: any }) => {
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const csc = await anAgency(t, AgencyKind.CHILDRENS_SOCIAL_CARE, 'Eastside Children’s Services');
    manager = await aUser(t, [Role.MANAGER], csc);
    social = await aUser(t, [Role.CASE_PRACTITIONER], csc);
    sam = await aUser(t, [Role.CASE_PRACTITIONER], csc);
    await t.dataSource.query(`UPDATE app_user SET display_name = 'Sam Patel' WHERE id = $1`, [sam.id]);
    await t.dataSource.query(`UPDATE app_user SET display_name = 'Jo Reid' WHERE id = $1`, [social.id]);
    const admin = await aUser(t, [Role.ADMIN]);
    must(await t.gql(`mutation { createTeam(input: { agencyId: "${csc.id}", name: "Assessment team" }) { id } }`, {}, { token: admin.token }));

    familyId = must(await t.gql(`mutation { createFamily(input: { name: "Okon family" }) { id } }`, {}, { token: social.token })).createFamily.id;
    kaiId = await aPerson(t, social, { givenName: 'Tobi', familyName: 'Okon', gender: 'MALE', ethnicityGroup: 'WHITE', dateOfBirth: '2019-02-02' });
    kyeId = await aPerson(t, social, { givenName: 'Toby', familyName: 'Okon', gender: 'MALE', ethnicityGroup: 'WHITE', dateOfBirth: '2019-02-12' });
    for (const personId of [kaiId, kyeId]) {
      must(
        await t.gql(
          `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`,
          { input: { familyId, personId, kind: 'CHILD', joinedOn: '2019-02-12' } },
          { token: social.token },
        ),
      );
    }
    // Jo opens a record outside her work, with a reason: her manager sees the grant.
    const elsewhere = await aUser(t, [Role.CASE_PRACTITIONER], await anAgency(t, AgencyKind.EARLY_HELP));
    outsideId = await aPerson(t, elsewhere, {
      givenName: 'Zainab',
      familyName: 'Lawal',
      gender: 'FEMALE',
      ethnicityGroup: 'BLACK',
      dateOfBirth: '2001-09-09',
    });
    must(
      await t.gql(
        `mutation ($input: RequestBreakGlassAccessInput!) { requestBreakGlassAccess(input: $input) { id } }`,
        { input: { subjectType: 'PERSON', subjectId: outsideId, reason: breakGlassReason } },
        { token: social.token },
      ),
    );

    browser = await launchChromium();
    page = (await newConsolePage(browser, t)).page;
    await signInAs(page, manager.email);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('allocates the Okon family to a practitioner and a team', async () => {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Allocation' }).click();
    await page.getByRole('heading', { name: 'Allocation of families', level: 1 }).waitFor();
    const row = page.getByRole('row', { name: /Okon family/ });
    expect(await row.textContent()).toContain('Jo Reid'); // the practitioner who opened it
    await row.getByRole('link', { name: 'Allocate the Okon family' }).click();
    await page.getByRole('heading', { name: 'Allocate the Okon family', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Allocate family' }).click();
    await errorSummary().getByRole('link', { name: 'Select a practitioner, a team, or both' }).waitFor();
    await checkScreen(page, 'manager-allocate-errors');

    await page.getByLabel('Practitioner').selectOption({ label: 'Sam Patel' });
    await page.getByLabel('Team').selectOption({ label: 'Assessment team' });
    await page.getByRole('button', { name: 'Allocate family' }).click();
    await success().getByText('The Okon family is allocated to Sam Patel (Assessment team).').waitFor();
    expect(await page.getByRole('row', { name: /Okon family/ }).textContent()).toContain('Sam Patel (Assessment team)');
    const allocations = await t.dataSource.query(`SELECT user_id, team_id FROM family_allocation WHERE family_id = $1 AND user_id = $2`, [familyId, sam.id]);
    expect(allocations).toHaveLength(1);
    expect(allocations[0].team_id).not.toBeNull();
    await checkScreen(page, 'manager-allocation');
  });

  it('merges the two records of one child, after checking; nothing is merged before confirming', async () => {
    await page.getByRole('link', { name: 'Duplicate records' }).click();
    await page.getByRole('heading', { name: 'Duplicate records', level: 1 }).waitFor();
    await page.getByLabel('Name').fill('okon');
    await page.getByRole('button', { name: 'Find records' }).click();
    await page.getByRole('table', { name: '2 records found' }).waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await errorSummary().getByRole('link', { name: 'Select the record to keep' }).waitFor();
    expect(await errorSummary().textContent()).toContain('Say why these are the same person');
    await checkScreen(page, 'manager-duplicates-errors');

    await page
      .getByRole('group', { name: 'Record to keep' })
      .getByLabel(/Tobi Okon/)
      .check();
    await page
      .getByRole('group', { name: 'Duplicate record' })
      .getByLabel(/Toby Okon/)
      .check();
    await page.getByLabel('Why these are the same person').fill(mergeReason);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Check before merging', level: 1 }).waitFor();
    expect(await page.locator('main').textContent()).toMatch(/Record kept.*Tobi Okon.*Duplicate, merged into it.*Toby Okon/);
    const merged = async () => (await t.dataSource.query(`SELECT merged_into_id FROM person WHERE id = $1`, [kyeId]))[0].merged_into_id;
    expect(await merged()).toBeNull();
    await checkScreen(page, 'manager-duplicates-confirm');

    await page.getByRole('button', { name: 'Merge the records' }).click();
    await success().getByText("Toby Okon's record is merged into Tobi Okon's. Other names now: Toby Okon.").waitFor();
    expect(await merged()).toBe(kaiId);
    await checkScreen(page, 'manager-duplicates-merged');
  });

  it('sees the break-glass grant a member of staff asked for, with the reason', async () => {
    await page.getByRole('link', { name: 'Break-glass' }).click();
    await page.getByRole('heading', { name: 'Break-glass access', level: 1 }).waitFor();
    const grants = page.getByRole('table', { name: /Grants to your agency's staff: 1/ });
    const row = grants.getByRole('row', { name: /Jo Reid/ });
    expect(await row.textContent()).toMatch(new RegExp(`Person ${outsideId.slice(0, 8)}.*${breakGlassReason}.*Active`));
    await checkScreen(page, 'manager-break-glass');

    await page.getByRole('button', { name: 'Ask for access' }).click();
    await errorSummary().getByRole('link', { name: 'Select whether you need a family or a person' }).waitFor();
    await page.getByLabel('A person').check();
    await page.getByLabel('Record id').fill(outsideId);
    await page.getByLabel('Why you need it now').fill('checking');
    await page.getByRole('button', { name: 'Ask for access' }).click();
    await errorSummary()
      .getByRole('link', { name: /Why you need it now must explain why you need access, in at least 20 characters/ })
      .waitFor();
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM break_glass_grant WHERE user_id = $1`, [manager.id]))[0].n).toBe(0);
  });

  it('filters the audit trail to the merge, and pages through it', async () => {
    // Jo reads Tobi's record through the day: each read is in the trail, enough for more than one page.
    for (let read = 0; read < 30; read++) must(await t.gql(`query ($id: ID!) { person(id: $id) { id } }`, { id: kaiId }, { token: social.token }));
    await page.getByRole('link', { name: 'Audit trail' }).click();
    await page.getByRole('heading', { name: 'Audit trail', level: 1 }).waitFor();
    await page.getByRole('table', { name: /Events 1 to 25/ }).waitFor();
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByRole('table', { name: /Events 26 to/ }).waitFor();

    await page.getByLabel('Action').fill('person.merge');
    await page
      .getByLabel('Who', { exact: true })
      .selectOption({ label: (await t.dataSource.query(`SELECT display_name FROM app_user WHERE id = $1`, [manager.id]))[0].display_name });
    await page.getByRole('button', { name: 'Filter the trail' }).click();
    const table = page.getByRole('table', { name: 'Events 1 to 1 matching the filters' });
    await table.waitFor();
    expect(await table.getByRole('row').nth(1).textContent()).toMatch(new RegExp(`person\\.merge.*Person ${kaiId}.*${mergeReason}`));
    expect(page.url()).toContain('action=person.merge');
    await checkScreen(page, 'manager-audit-trail');

    await page.getByLabel('Action').fill('break_glass.grant');
    await page.getByLabel('Who', { exact: true }).selectOption({ label: 'Anyone' });
    await page.getByRole('button', { name: 'Filter the trail' }).click();
    await page.getByRole('table', { name: 'Events 1 to 1 matching the filters' }).getByText(breakGlassReason).waitFor();
  });
});
