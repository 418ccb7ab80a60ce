import { Browser, Page } from 'playwright-core';
import { AgencyKind, Role } from '../libs/access/src';
import { RequestContext, TransactionalConnection } from '../libs/platform/src';
import { ServiceEntity } from '../libs/referrals/src';
import { checkScreen, describeInBrowser, launchChromium, newConsolePage, pageText, pressControl, signInAs, tabTo, typeInto } from './support/browser';
import { anAgency, aPerson, aUser, SignedInUser } from './support/factories';
import { ADD_ITEM, aMaracReferral, maracWorld, MaracWorld, SCHEDULE } from './support/marac';
import { startTestApp, TestApp } from './support/test-app';

/** A calendar date `days` from today (negative: in the past). */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const REFUGE = 'Refuge, 1 Safe Street';
const TITLE = 'Northside MARAC, this month';
const EXCLUSION = 'Threatened Grace when she asked for help';
const POLICE_ACTION = 'Flag the address and warn Dan under the non-molestation order';
/** 15 yes (questions 1 to 15), then five no and four not known. */
const ANSWERS = [...Array(15).fill('Yes'), ...Array(5).fill('No'), ...Array(4).fill('Not known')] as string[];

/**
 * The whole MARAC, as its users live it, in one app and one browser: the DVA specialist's DASH and
 * referral, the coordinator's meeting with Grace's repeat case first, the chair's live recording (by
 * keyboard only), the social worker's referral of Dan from the meeting, the minutes, and what the
 * perpetrator worker can and cannot see.
 */
describeInBrowser('the MARAC, from the DASH to the minutes, in the console', () => {
  let t: TestApp;
  let w: MaracWorld;
  let browser: Browser;
  let specialist: SignedInUser;
  let maracName: string;
  let programme: string;
  let meetingId: string;

  beforeAll(async () => {
    t = await startTestApp();
    w = await maracWorld(t);
    const must = <T extends { errors?: unknown; data?: unknown }>(result: T) => {
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data as Record<string, { id: string }>;
    };
    const as = (user: { token: string }, query: string, input: Record<string, unknown>) => t.gql(query, { input }, { token: user.token }).then(must);

    // The DVA specialist, given co-work on the family by Amara's social worker.
    specialist = await aUser(t, [Role.DVA_SPECIALIST], await anAgency(t, AgencyKind.SPECIALIST_DVA_SERVICE, `Northside Women's Aid ${Date.now()}`));
    await as(w.social, `mutation ($input: StartCoworkInput!) { startCowork(input: $input) { id } }`, {
      familyId: w.familyId,
      specialistUserId: specialist.id,
      startedOn: day(-60),
      reason: 'Safety planning with Grace',
    });
    maracName = (await t.dataSource.query(`SELECT name FROM service WHERE id = $1`, [w.maracServiceId]))[0].name;

    // Grace's last MARAC, a month ago, held: her new referral is a repeat.
    const invited = [w.agencies.police.id, w.agencies.csc.id, w.agencies.idvaService.id, w.agencies.programme.id];
    const first = await aMaracReferral(t, w, w.social, w.familyId, w.graceId, day(-35));
    const previous = (
      await as(w.coordinator, SCHEDULE, {
        type: 'MARAC',
        title: 'Northside MARAC, last month',
        startsAt: `${day(-30)}T09:30:00Z`,
        chairUserId: w.chair.id,
        invitedAgencyIds: invited,
      })
    ).scheduleMeeting.id;
    await as(w.coordinator, ADD_ITEM, {
      meetingId: previous,
      familyId: w.familyId,
      maracReferralId: first,
      reasonForListing: 'Strangulation disclosed',
      people: [
        { personId: w.graceId, scopeRole: 'ADULT_VICTIM' },
        { personId: w.danId, scopeRole: 'PERSON_CAUSING_HARM' },
      ],
    });
    must(await t.gql(`mutation ($id: ID!) { holdMeeting(id: $id) { id } }`, { id: previous }, { token: w.coordinator.token }));

    // Beth, referred for the first time: not a repeat, so listed after Grace.
    const bethFamily = must(await t.gql(`mutation { createFamily(input: { name: "Beth Ward family" }) { id } }`, {}, { token: w.social.token })).createFamily
      .id;
    const beth = await aPerson(t, w.social, { givenName: 'Beth', familyName: 'Ward', gender: 'FEMALE', ethnicityGroup: 'WHITE', dateOfBirth: '1990-01-01' });
    await as(w.social, `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`, {
      familyId: bethFamily,
      personId: beth,
      kind: 'ADULT',
      joinedOn: '2015-01-01',
    });
    await aMaracReferral(t, w, w.social, bethFamily, beth, day(-3));

    // The perpetrator programme's service, to which Dan is referred from the meeting.
    const db = t.app.get(TransactionalConnection);
    programme = `${w.agencies.programme.name} behaviour-change programme`;
    await db.withTransaction(RequestContext.system('fixture'), (ctx) =>
      db.repository(ctx, ServiceEntity).save({ agencyId: w.agencies.programme.id, name: programme, type: 'PERPETRATOR_PROGRAMME' as ServiceEntity['type'] }),
    );
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function as(user: SignedInUser, path: string, body: (page: Page) => Promise<void>) {
    const { context, page } = await newConsolePage(browser, t);
    try {
      await signInAs(page, user.email);
      if (path !== '/') await page.goto(path);
      await body(page);
    } catch (error) {
      process.stderr.write(`DEBUG ${page.url()}\n${await pageText(page)}\n`);
      throw error;
    } finally {
      await context.close();
    }
  }
  const openCase = async (page: Page) => {
    await page.getByRole('button', { name: '1. Okafor-Brown family' }).click();
    await page.getByRole('heading', { name: 'Okafor-Brown family', level: 2 }).waitFor();
  };
  const group = (page: Page, name: string | RegExp) => page.getByRole('group', { name });

  it('the DVA specialist records a DASH of 15 for Grace about Dan and refers her to MARAC with her consent', async () => {
    await as(specialist, `/families/${w.familyId}/risk-assessments/new`, async (page) => {
      await page.getByLabel('Adult victim').selectOption({ label: 'Grace Okafor' });
      await page.getByLabel('Person causing harm').selectOption({ label: 'Dan Brown' });
      await page.getByLabel('Date of assessment').fill(day(-1));
      for (const [index, answer] of ANSWERS.entries())
        await group(page, new RegExp(`^${index + 1}\\. `))
          .getByLabel(answer, { exact: true })
          .check();
      await group(page, /professional judgement/)
        .getByLabel('High')
        .check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('button', { name: 'Save DASH risk assessment' }).click();
      await page.getByText('DASH risk assessment saved: score 15').waitFor();

      await page.getByRole('link', { name: 'Refer Grace Okafor to MARAC' }).click();
      await page.getByRole('heading', { name: 'Refer Grace Okafor to MARAC', level: 1 }).waitFor();
      const maracChoice = page.getByLabel('MARAC', { exact: true });
      if (await maracChoice.count()) await maracChoice.selectOption({ label: maracName });
      await page.getByLabel('Yes, consent given').check();
      await page.getByRole('button', { name: 'Submit referral to MARAC' }).click();
      await page.getByRole('heading', { name: 'MARAC referral submitted', level: 1 }).waitFor();
    });
  });

  it('the coordinator schedules the MARAC, invites the agencies and lists Grace’s case, first as a repeat', async () => {
    await as(w.coordinator, '/', async (page) => {
      await page.getByRole('link', { name: 'Meetings' }).click();
      await page.getByRole('button', { name: 'Schedule a meeting' }).click();
      await page.getByRole('heading', { name: 'Schedule a meeting', level: 1 }).waitFor();
      await page.getByLabel('Name').fill(TITLE);
      // Today, already started, so the chair can record it now. In the first two minutes after
      // midnight (London) 00:01 has not come yet: wait for it rather than fail.
      const londonMinutes = Number(
        new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
          .format(new Date())
          .replace(':', ''),
      );
      if (londonMinutes < 2) await new Promise((resolve) => setTimeout(resolve, 130_000));
      await page.getByLabel('Date and time').fill(`${day(0)}T00:01`);
      await page.getByLabel('Chair').selectOption(w.chair.id);
      for (const agency of [w.agencies.police, w.agencies.csc, w.agencies.idvaService, w.agencies.programme]) await page.getByLabel(agency.name).check();
      await page.getByRole('button', { name: 'Schedule meeting' }).click();
      await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
      meetingId = page.url().match(/\/meetings\/([0-9a-f-]+)/)![1];

      const candidates = page.locator('.wm-candidate');
      await candidates.nth(1).waitFor();
      expect(await candidates.count()).toBe(2);
      const grace = candidates.nth(0);
      expect(await grace.getByRole('heading').textContent()).toMatch(/^Grace Okafor.*Repeat/);
      expect(await candidates.nth(1).getByRole('heading').textContent()).toMatch(/^Beth Ward/);
      expect(await candidates.nth(1).getByRole('heading').textContent()).not.toContain('Repeat');
      await grace.getByLabel('Dan Brown').selectOption('PERSON_CAUSING_HARM');
      await grace.getByLabel('Amara Okafor-Brown').selectOption('CHILD');
      await grace.getByRole('button', { name: 'Add Grace Okafor to the agenda' }).click();
      const item = page.locator('.wm-agenda-item').first();
      await page.getByRole('heading', { name: /^1\. Okafor-Brown family/ }).waitFor();
      expect(await item.textContent()).toContain('Repeat');
      await checkScreen(page, 'story-meeting-agenda');
    });
  }, 200_000);

  it('the chair runs the case with the keyboard only: attendance, participation, the child’s view, the interpreter, an action', async () => {
    await as(w.chair, `/meetings/${meetingId}/live`, async (page) => {
      await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
      const { police, idvaService, csc, programme: caringDads } = w.agencies;
      for (const [agency, name] of [
        [police.name, 'DS Kim Lee'],
        [csc.name, 'Jo Reid'],
        [idvaService.name, 'Sam Patel (IDVA)'],
        [caringDads.name, ''],
      ]) {
        const attendance = group(page, `Did ${agency} attend?`);
        if (name) {
          await pressControl(page, attendance.getByLabel('Attended', { exact: true }));
          await typeInto(page, page.getByLabel(`Representative for ${agency}`), name);
        } else await pressControl(page, attendance.getByLabel('Did not attend'));
      }
      await pressControl(page, page.getByRole('button', { name: 'Save attendance' }));
      await page.getByText('Attendance recorded.').waitFor();

      await pressControl(page, page.getByRole('button', { name: '1. Okafor-Brown family' }));
      await page.getByRole('heading', { name: 'Okafor-Brown family', level: 2 }).waitFor();
      await pressControl(page, group(page, 'How did Grace Okafor take part?').getByLabel('Views given through an advocate'));
      await pressControl(page, group(page, 'Grace Okafor needs an interpreter. Was one provided?').getByLabel('Yes'));
      await pressControl(page, group(page, 'How did Dan Brown take part?').getByLabel('Excluded for safety'));
      await typeInto(page, page.getByLabel('Why was Dan Brown excluded for safety?'), EXCLUSION);
      await pressControl(page, group(page, 'How did Amara Okafor-Brown take part?').getByLabel('Not applicable'));
      await pressControl(page, group(page, 'How was Amara Okafor-Brown’s own view heard?').getByLabel('Through direct work with the child'));
      await pressControl(page, page.getByRole('button', { name: 'Save participation' }));
      await page.getByText('Participation recorded.').waitFor();

      await typeInto(page, page.getByLabel('What is to be done?'), POLICE_ACTION);
      const owning = page.getByLabel('Owning agency');
      await tabTo(page, owning);
      // The agencies' names share their area's prefix: move through the options with the arrow keys.
      for (let presses = 0; presses < 10 && (await owning.inputValue()) !== police.id; presses++) await page.keyboard.press('ArrowDown');
      expect(await owning.inputValue()).toBe(police.id);
      await typeInto(page, page.getByLabel('Owner without an account'), 'Intelligence unit, Northside Police');
      await pressControl(page, group(page, 'Whose need or behaviour does it address?').getByLabel('Dan Brown, person causing harm'));
      const due = day(14);
      await tabTo(page, page.getByLabel('Due date'));
      // The date's segments come in the browser's own order (this headless Chromium's is month, day, year).
      await page.keyboard.type(`${due.slice(5, 7)}${due.slice(8, 10)}${due.slice(0, 4)}`);
      expect(await page.getByLabel('Due date').inputValue()).toBe(due);
      await pressControl(page, page.getByRole('button', { name: 'Agree action' }));
      await page.getByText('Action agreed.').waitFor();
      await page.getByRole('cell', { name: POLICE_ACTION }).waitFor();
    });
  });

  it('the social worker refers Dan to the perpetrator programme from the live page; the coordinator holds the meeting; the minutes show the actions', async () => {
    await as(w.social, `/meetings/${meetingId}/live`, async (page) => {
      await openCase(page);
      await group(page, 'Who is referred?').getByLabel('Dan Brown, person causing harm').check();
      await page.getByLabel('To which service?').selectOption({ label: `${programme} (Perpetrator programme)` });
      await page.getByLabel('Why, for the receiving service').fill('Agreed at MARAC: Dan to be offered a behaviour-change programme');
      await group(page, 'Consent').getByLabel('Consent given').check();
      await page.getByRole('button', { name: 'Make the referral' }).click();
      await page.getByText('Referral made and sent to the service.').waitFor();
    });
    await as(w.coordinator, `/meetings/${meetingId}/live`, async (page) => {
      await page.getByRole('navigation', { name: 'The meeting, step by step' }).getByRole('button', { name: 'Hold the meeting' }).click();
      await page.locator('.govuk-grid-column-three-quarters').getByRole('button', { name: 'Hold the meeting' }).click();
      await page.getByRole('button', { name: 'Yes, the meeting was held' }).click();
      await page.getByText('The meeting is recorded as held.').first().waitFor();
    });
    await as(w.chair, `/meetings/${meetingId}/print`, async (page) => {
      await page.getByRole('cell', { name: POLICE_ACTION }).waitFor();
      const text = await pageText(page);
      expect(text).toContain('Intelligence unit, Northside Police');
      expect(text).toContain(`Excluded for safety: ${EXCLUSION}`);
      expect(text).toContain('Through direct work with the child');
      expect(text).toContain('Sam Patel (IDVA)');
    });
  });

  it('the perpetrator worker sees Dan’s referral, and no page he can reach shows Grace’s refuge address', async () => {
    const noLeak = async (page: Page, screen?: string) => {
      await page.waitForLoadState('networkidle');
      const text = await pageText(page);
      expect(text).not.toContain(REFUGE);
      expect(text).not.toMatch(/Safe Street/i);
      if (screen) await checkScreen(page, screen);
      return text;
    };
    await as(w.perpetratorWorker, '/', async (page) => {
      await noLeak(page, 'story-perpetrator-my-work');
      await page.getByRole('link', { name: 'Find a person or family' }).click();
      await page.getByLabel('Name or other name').fill('Grace Okafor');
      await page.getByRole('button', { name: 'Search' }).click();
      await page
        .getByRole('table')
        .or(page.getByText(/No (people|one|person)/i))
        .first()
        .waitFor();
      await noLeak(page, 'story-perpetrator-search');

      await page.goto(`/meetings/${meetingId}`);
      await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
      await noLeak(page);
      await page.goto(`/meetings/${meetingId}/live`);
      await openCase(page);
      await noLeak(page);
      await page.goto(`/meetings/${meetingId}/print`);
      const referrals = page.getByRole('table', { name: 'Referrals made from the meeting' });
      await referrals.getByRole('cell', { name: programme }).waitFor();
      expect(await referrals.textContent()).toContain('Dan Brown');
      await noLeak(page, 'story-perpetrator-print');
    });
  });
});
