import { AgencyKind, Role } from '../libs/access/src';
import { RequestContext } from '../libs/platform/src';
import { SignalEvaluator } from '../libs/signals/src';
import { anAgency, aUser, SignedInUser } from './support/factories';
import { daysAgo, FamilyStory, jobsSettled, signalsOf, startAppWithJobs } from './support/family-story';
import { TestApp } from './support/test-app';

const REVIEW = `mutation ($input: RecordPostSeparationReviewInput!) {
  recordPostSeparationReview(input: $input) { id reviewedOn outcome note resolvedSignals { id kind state resolution } } }`;

describe('Risk signals, raised from what is recorded, and resolved', () => {
  let t: TestApp;
  let social: SignedInUser;

  const byKind = (signals: any[], kind: string) => signals.filter((s) => s.kind === kind);

  beforeAll(async () => {
    t = await startAppWithJobs();
    const csc = await anAgency(t, AgencyKind.CHILDRENS_SOCIAL_CARE);
    social = await aUser(t, [Role.CASE_PRACTITIONER], csc);
  });
  afterAll(() => t.close());

  describe('post-separation closure', () => {
    let story: FamilyStory;
    let grace: string, tom: string, amara: string, ben: string;

    beforeAll(async () => {
      story = await FamilyStory.begin(t, social, 'Okafor-Brown family');
      grace = await story.member('Grace', 'ADULT', '2015-01-01');
      tom = await story.member('Tom', 'ADULT', '2015-01-01');
      amara = await story.member('Amara', 'CHILD', '2018-02-02');
      ben = await story.member('Ben', 'CHILD', '2019-03-03');
      const couple = await story.relationship(tom, grace, 'PARTNER', '2014-06-01');
      await story.harm(tom, grace, '2023-11-01');
      const amaraEpisode = await story.openEpisode(amara, 'CIN', '2024-01-10');
      const benEpisode = await story.openEpisode(ben, 'CIN', '2024-01-10');
      await story.separate(couple, '2024-03-01', tom);
      await story.contact(amara, tom, 'UNSUPERVISED', '2024-03-10');
      // Amara's case closes 28 days after the separation, Ben's 29 days after.
      await story.close(amaraEpisode, '2024-03-29');
      await story.close(benEpisode, '2024-03-30');
      await jobsSettled(t);
    });

    it('raises a closure 28 days after a separation, with contact going on, but not one 29 days after', async () => {
      const signals = byKind(await signalsOf(t, social, story.familyId), 'POST_SEPARATION_CLOSURE');
      expect(signals).toHaveLength(1);
      const [signal] = signals;
      // Two aggravating conditions: contact, and no behaviour-change referral for Tom.
      expect(signal).toMatchObject({ severity: 'HIGH', state: 'OPEN', resolution: null, family: { id: story.familyId, name: 'Okafor-Brown family' } });
      expect(signal.explanation).toBe(
        "Amara's case was closed 28 days after Tom and Grace's separation was recorded on 1 March 2024; " +
          'Amara has unsupervised contact with Tom (since 10 March 2024); no behaviour-change referral accepted for Tom; no post-separation review is recorded.',
      );
      expect(signal.evidence.map((e: any) => [e.type, e.date, e.label])).toEqual([
        ['EpisodeTransition', '2024-03-29', 'Closed'],
        ['CoupleStatusEvent', '2024-03-01', 'Separation'],
        ['ChildContact', '2024-03-10', 'Unsupervised contact'],
      ]);
      expect(signal.people.map((p: any) => p.givenName).sort()).toEqual(['Amara', 'Grace', 'Tom']);
    });

    it('a full run leaves a signal that holds as before untouched, yet it reads as evaluated by that run', async () => {
      const [{ id }] = byKind(await signalsOf(t, social, story.familyId), 'POST_SEPARATION_CLOSURE');
      const row = async () => (await t.dataSource.query(`SELECT xmin::text AS version, last_evaluated_at FROM risk_signal WHERE id = $1`, [id]))[0];
      const before = await row();
      const run = await t.app.get(SignalEvaluator).evaluate(RequestContext.system('test'), { familyIds: null, asOf: daysAgo(0) });
      expect(run.candidates).toBeGreaterThan(0);
      expect((await row()).version).toBe(before.version); // not rewritten
      const read = await t.gql(
        `query ($filter: RiskSignalFilter) { riskSignals(filter: $filter) { nodes { id lastEvaluatedAt } } }`,
        { filter: { familyId: story.familyId } },
        { token: social.token },
      );
      const node = read.data.riskSignals.nodes.find((n: { id: string }) => n.id === id);
      expect(new Date(node.lastEvaluatedAt).getTime()).toBeGreaterThan(new Date(before.last_evaluated_at).getTime());
    });

    it('is resolved by a post-separation review, and stays resolved when re-evaluated', async () => {
      const [signal] = byKind(await signalsOf(t, social, story.familyId), 'POST_SEPARATION_CLOSURE');
      const reviewed = await t.gql(
        REVIEW,
        { input: { familyId: story.familyId, reviewedOn: '2024-04-15', outcome: 'SUPPORT_ARRANGED', note: 'Safety plan with Grace for handovers' } },
        { token: social.token },
      );
      expect(reviewed.errors).toBeUndefined();
      expect(reviewed.data.recordPostSeparationReview).toMatchObject({
        reviewedOn: '2024-04-15',
        outcome: 'SUPPORT_ARRANGED',
        note: 'Safety plan with Grace for handovers',
        resolvedSignals: [{ id: signal.id, kind: 'POST_SEPARATION_CLOSURE', state: 'RESOLVED', resolution: 'REVIEW' }],
      });
      await jobsSettled(t);
      const after = byKind(await signalsOf(t, social, story.familyId), 'POST_SEPARATION_CLOSURE');
      expect(after).toMatchObject([{ id: signal.id, state: 'RESOLVED', resolution: 'REVIEW' }]);
      // Not on the worklist any more.
      expect(byKind(await signalsOf(t, social, story.familyId, { states: null }), 'POST_SEPARATION_CLOSURE')).toEqual([]);
    });

    it('refuses a review with nothing to review, dated before the closure or in the future, or of a family you cannot see; nothing is written', async () => {
      const reviews = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM post_separation_review`))[0].n;
      const before = await reviews();
      const again = await t.gql(
        REVIEW,
        { input: { familyId: story.familyId, reviewedOn: '2024-05-01', outcome: 'CLOSURE_CONFIRMED' } },
        { token: social.token },
      );
      expect(again.errors![0]).toMatchObject({
        message: 'familyId: this family has no open post-separation closure signal to review',
        extensions: { code: 'BAD_USER_INPUT' },
      });

      const other = await FamilyStory.begin(t, social, 'Hughes family');
      const mum = await other.member('Ewa', 'ADULT', '2016-01-01');
      const dad = await other.member('Liam', 'ADULT', '2016-01-01');
      const zofia = await other.member('Zofia', 'CHILD', '2019-05-05');
      const couple = await other.relationship(dad, mum, 'PARTNER', '2016-01-01');
      const prior = await other.openEpisode(zofia, 'EARLY_HELP', '2020-01-01');
      await other.separate(couple, '2020-06-01');
      await other.reconcile(couple, '2020-07-01');
      await other.close(prior, '2020-12-01');
      const episode = await other.openEpisode(zofia, 'CIN', '2024-01-01');
      await other.separate(couple, '2024-05-01', dad);
      await other.close(episode, '2024-05-11', 'PARENTS_SEPARATED');
      await jobsSettled(t);
      const [signal] = byKind(await signalsOf(t, social, other.familyId), 'POST_SEPARATION_CLOSURE');
      expect(signal.explanation).toBe(
        "Zofia's case was closed 10 days after Liam and Ewa's separation was recorded on 1 May 2024; Liam and Ewa separated before and reconciled on 1 July 2020; no post-separation review is recorded.",
      );

      const early = await t.gql(
        REVIEW,
        { input: { familyId: other.familyId, reviewedOn: '2024-05-10', outcome: 'CLOSURE_CONFIRMED' } },
        { token: social.token },
      );
      expect(early.errors![0]).toMatchObject({ message: 'reviewedOn: is before the closure it reviews (2024-05-11)', extensions: { code: 'BAD_USER_INPUT' } });
      const future = await t.gql(
        REVIEW,
        { input: { familyId: other.familyId, reviewedOn: '2999-01-01', outcome: 'CLOSURE_CONFIRMED' } },
        { token: social.token },
      );
      expect(future.errors![0]).toMatchObject({ message: 'reviewedOn: cannot be in the future', extensions: { code: 'BAD_USER_INPUT' } });
      const wrongEpisode = await t.gql(
        REVIEW,
        { input: { familyId: other.familyId, episodeId: prior, reviewedOn: '2024-06-01', outcome: 'CLOSURE_CONFIRMED' } },
        { token: social.token },
      );
      expect(wrongEpisode.errors![0]).toMatchObject({
        message: 'episodeId: this episode has no open post-separation closure signal to review',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const stranger = await aUser(t, [Role.CASE_PRACTITIONER]);
      const unseen = await t.gql(
        REVIEW,
        { input: { familyId: other.familyId, reviewedOn: '2024-06-01', outcome: 'CLOSURE_CONFIRMED' } },
        { token: stranger.token },
      );
      expect(unseen.errors![0]).toMatchObject({ message: 'familyId: no family you can see has that id.', extensions: { code: 'NOT_FOUND' } });
      expect(await reviews()).toBe(before);
      const [still] = byKind(await signalsOf(t, social, other.familyId), 'POST_SEPARATION_CLOSURE');
      expect(still).toMatchObject({ id: signal.id, state: 'OPEN' });
    });
  });

  describe('reconciliation after closure, and a new episode resolving both', () => {
    it('raises a reconciliation within 6 months of a closure on separation, and resolves both signals when the case re-opens', async () => {
      const story = await FamilyStory.begin(t, social, 'Nowak family');
      const ewa = await story.member('Ewa', 'ADULT', '2016-01-01');
      const liam = await story.member('Liam', 'ADULT', '2016-01-01');
      const zofia = await story.member('Zofia', 'CHILD', '2019-05-05');
      const couple = await story.relationship(liam, ewa, 'PARTNER', '2016-01-01');
      await story.harm(liam, ewa, '2024-01-05');
      const episode = await story.openEpisode(zofia, 'CP_PLAN', '2024-01-01');
      await story.separate(couple, '2024-05-01', liam);
      await story.contact(zofia, liam, 'HANDOVER_ONLY', '2024-05-05');
      await story.close(episode, '2024-05-20');
      await story.reconcile(couple, '2024-11-19');
      await jobsSettled(t);
      let signals = await signalsOf(t, social, story.familyId);
      expect(byKind(signals, 'POST_SEPARATION_CLOSURE')).toMatchObject([{ state: 'OPEN', severity: 'HIGH' }]);
      const [reconciled] = byKind(signals, 'RECONCILIATION_AFTER_CLOSURE');
      expect(reconciled).toMatchObject({ state: 'OPEN', severity: 'HIGH' });
      expect(reconciled.explanation).toBe(
        "Liam and Ewa reconciled on 19 November 2024, 5 months after Zofia's case was closed on 20 May 2024 following their separation on 1 May 2024; harm between them has been disclosed.",
      );

      await story.openEpisode(zofia, 'CIN', '2025-01-10');
      await jobsSettled(t);
      signals = await signalsOf(t, social, story.familyId);
      // The re-opened Child in Need case now also shows Liam has not been engaged by anyone.
      expect(signals.map((s) => [s.kind, s.state, s.resolution]).sort()).toEqual([
        ['PERSON_CAUSING_HARM_NOT_ENGAGED', 'OPEN', null],
        ['POST_SEPARATION_CLOSURE', 'RESOLVED', 'AUTO'],
        ['RECONCILIATION_AFTER_CLOSURE', 'RESOLVED', 'AUTO'],
      ]);
    });

    it('does not raise a reconciliation more than 6 months after the closure', async () => {
      const story = await FamilyStory.begin(t, social, 'Late reconciliation family');
      const a = await story.member('Ana', 'ADULT', '2016-01-01');
      const b = await story.member('Bo', 'ADULT', '2016-01-01');
      const c = await story.member('Cy', 'CHILD', '2019-05-05');
      const couple = await story.relationship(b, a, 'PARTNER', '2016-01-01');
      const episode = await story.openEpisode(c, 'CIN', '2024-01-01');
      await story.separate(couple, '2024-05-01');
      await story.close(episode, '2024-05-20');
      await story.reconcile(couple, '2024-11-21');
      await jobsSettled(t);
      expect(byKind(await signalsOf(t, social, story.familyId), 'RECONCILIATION_AFTER_CLOSURE')).toEqual([]);
    });
  });

  describe('revolving door', () => {
    it('raises a child with 3 steps up or down in 24 months, not 2; a step older than 24 months does not count', async () => {
      const story = await FamilyStory.begin(t, social, 'Revolving family');
      const kai = await story.member('Kai', 'CHILD', '2015-01-01');
      const lou = await story.member('Lou', 'CHILD', '2015-01-01');
      const kaiEpisode = await story.openEpisode(kai, 'EARLY_HELP', daysAgo(900));
      const louEpisode = await story.openEpisode(lou, 'EARLY_HELP', daysAgo(900));
      await story.step('up', louEpisode, 'CIN', daysAgo(760)); // outside 24 months
      await story.step('up', kaiEpisode, 'CIN', daysAgo(300));
      await story.step('down', kaiEpisode, 'EARLY_HELP', daysAgo(200));
      await story.step('up', louEpisode, 'CP_PLAN', daysAgo(300));
      await story.step('down', louEpisode, 'CIN', daysAgo(200));
      await jobsSettled(t);
      expect(byKind(await signalsOf(t, social, story.familyId), 'REVOLVING_DOOR')).toEqual([]);

      await story.step('up', kaiEpisode, 'CP_PLAN', daysAgo(100));
      await jobsSettled(t);
      const signals = byKind(await signalsOf(t, social, story.familyId), 'REVOLVING_DOOR');
      expect(signals).toHaveLength(1);
      expect(signals[0]).toMatchObject({ severity: 'MEDIUM', state: 'OPEN', people: [{ id: kai, givenName: 'Kai' }] });
      expect(signals[0].explanation).toMatch(/^Kai's case has had 3 steps up or down between levels in the last 24 months, most recently on \d+ \w+ \d{4}\.$/);
      expect(signals[0].evidence.map((e: any) => e.label)).toEqual([
        'Step Up from EARLY_HELP to CIN',
        'Step Down from CIN to EARLY_HELP',
        'Step Up from EARLY_HELP to CP_PLAN',
      ]);
    });

    it('raises 2 closures followed by a re-opening in 12 months, not 1', async () => {
      const story = await FamilyStory.begin(t, social, 'Reopening family');
      const mo = await story.member('Mo', 'CHILD', '2015-01-01');
      const first = await story.openEpisode(mo, 'EARLY_HELP', daysAgo(340));
      await story.close(first, daysAgo(320));
      const second = await story.openEpisode(mo, 'CIN', daysAgo(250));
      await story.close(second, daysAgo(200));
      await jobsSettled(t);
      expect(byKind(await signalsOf(t, social, story.familyId), 'REVOLVING_DOOR')).toEqual([]);
      await story.openEpisode(mo, 'CIN', daysAgo(150));
      await jobsSettled(t);
      const [signal] = byKind(await signalsOf(t, social, story.familyId), 'REVOLVING_DOOR');
      expect(signal).toMatchObject({ state: 'OPEN', severity: 'MEDIUM' });
      expect(signal.explanation).toMatch(/^Mo's case has had 2 closures followed by a re-opening in the last 12 months/);
    });
  });

  describe('kinship with the harming family', () => {
    it("raises a placement with a carer who is herself causing harm, and one on the harming parent's side when no typed relationship was recorded", async () => {
      const story = await FamilyStory.begin(t, social, 'Kinship side family');
      const grace = await story.member('Grace', 'ADULT', '2015-01-01');
      const tom = await story.member('Tom', 'ADULT', '2015-01-01');
      const rita = await story.member('Rita', 'ADULT', '2015-01-01', '1960-01-01');
      const pat = await story.member('Pat', 'ADULT', '2015-01-01', '1962-01-01');
      const lily = await story.member('Lily', 'CHILD', '2018-02-02');
      const sam = await story.member('Sam', 'CHILD', '2019-02-02');
      await story.relationship(tom, sam, 'FATHER');
      await story.harm(rita, grace, '2024-01-01'); // a grandmother harming the mother
      await story.harm(tom, grace, '2024-01-01');
      await story.placement(lily, rita, 'MATERNAL_GRANDPARENT', '2024-06-01');
      await story.placement(sam, pat, 'PATERNAL_GRANDPARENT', '2024-06-01'); // Pat's link to Tom not typed
      await jobsSettled(t);
      const explanations = byKind(await signalsOf(t, social, story.familyId), 'KINSHIP_WITH_HARMING_FAMILY')
        .map((s: any) => s.explanation)
        .sort();
      expect(explanations).toEqual([
        'Lily has been placed with Rita (maternal grandparent) since 1 June 2024; Rita is recorded as causing harm in this family.',
        'Sam has been placed with Pat (paternal grandparent) since 1 June 2024; Pat is the paternal relative of Tom, recorded as causing harm in this family; a relative on the side of a harming parent, by the placement (no typed relationship was recorded).',
      ]);
    });

    it("raises a child placed with the person causing harm's mother, not with the other side; resolves when the placement ends", async () => {
      const story = await FamilyStory.begin(t, social, 'Kinship family');
      const grace = await story.member('Grace', 'ADULT', '2015-01-01');
      const tom = await story.member('Tom', 'ADULT', '2015-01-01');
      const maureen = await story.member('Maureen', 'ADULT', '2015-01-01', '1960-01-01');
      const jean = await story.member('Jean', 'ADULT', '2015-01-01', '1961-01-01');
      const amara = await story.member('Amara', 'CHILD', '2018-02-02');
      const ben = await story.member('Ben', 'CHILD', '2018-02-02');
      await story.relationship(maureen, tom, 'MOTHER');
      await story.relationship(grace, jean, 'CHILD'); // Grace is Jean's daughter
      await story.harm(tom, grace, '2024-01-01');
      await story.harm(tom, amara, '2024-01-01', 'SUSPECTED_NOT_DISCLOSED');
      const placement = await story.placement(amara, maureen, 'PATERNAL_GRANDPARENT', '2024-06-01');
      await story.placement(ben, jean, 'MATERNAL_GRANDPARENT', '2024-06-01');
      await jobsSettled(t);
      const signals = byKind(await signalsOf(t, social, story.familyId), 'KINSHIP_WITH_HARMING_FAMILY');
      expect(signals).toHaveLength(1);
      expect(signals[0]).toMatchObject({ state: 'OPEN', severity: 'HIGH' });
      expect(signals[0].explanation).toBe(
        'Amara has been placed with Maureen (paternal grandparent) since 1 June 2024; Maureen is the mother of Tom, recorded as causing harm in this family; harm to Amara is recorded.',
      );
      await story.endPlacement(placement, '2024-09-01');
      await jobsSettled(t);
      expect(byKind(await signalsOf(t, social, story.familyId), 'KINSHIP_WITH_HARMING_FAMILY')).toMatchObject([{ state: 'RESOLVED', resolution: 'AUTO' }]);

      const timeline = await t.gql(
        `query ($id: ID!) { family(id: $id) { timeline(first: 10, kinds: [SIGNAL_RAISED, SIGNAL_RESOLVED, KINSHIP_PLACEMENT_STARTED]) { nodes { kind summary } } } }`,
        { id: story.familyId },
        { token: social.token },
      );
      const nodes = timeline.data.family.timeline.nodes;
      expect(nodes.map((n: any) => n.kind)).toEqual(['SIGNAL_RESOLVED', 'SIGNAL_RAISED', 'KINSHIP_PLACEMENT_STARTED', 'KINSHIP_PLACEMENT_STARTED']);
      expect(nodes[0].summary).toMatch(/^Risk signal resolved as the condition no longer holds: kinship with harming family concerning \w+, \w+, \w+\.$/);
      expect(nodes[1].summary).toMatch(/^Risk signal raised \(high\): kinship with harming family concerning (?=.*Amara)(?=.*Maureen)(?=.*Tom)/);
      expect(
        nodes
          .slice(2)
          .map((n: any) => n.summary)
          .sort(),
      ).toEqual(['Amara was placed with Maureen (paternal grandparent).', 'Ben was placed with Jean (maternal grandparent).']);
    });
  });
});
