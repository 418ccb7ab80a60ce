import { Role } from '../libs/access/src';
import { aPerson, aUser, SignedInUser } from './support/factories';
import { aMaracWithItem, maracWorld, MaracWorld } from './support/marac';
import { daysAgo } from './support/family-story';
import { startTestApp, TestApp } from './support/test-app';

const PLAN_FIELDS = `id familyId personId planFor madeOn lastReviewedOn nextReviewOn measures person { givenName } recordedBy { id }
  reviews { reviewedOn measures note nextReviewOn reviewedBy { id } }`;
const RECORD = `mutation ($input: RecordSafetyPlanInput!) { recordSafetyPlan(input: $input) { ${PLAN_FIELDS} } }`;
const REVIEW = `mutation ($input: ReviewSafetyPlanInput!) { reviewSafetyPlan(input: $input) { ${PLAN_FIELDS} } }`;
const PLAN = `query ($id: ID!) { safetyPlan(id: $id) { ${PLAN_FIELDS} } }`;
const FAMILY = `query ($id: ID!) { family(id: $id) { id safetyPlans { ${PLAN_FIELDS} } timeline(first: 100) { nodes { kind summary } } } }`;
const ITEM = `query ($id: ID!) { agendaItem(id: $id) { family { safetyPlans { id measures } timeline(first: 100) { nodes { kind summary } } } } }`;
const BREAK_GLASS = `mutation ($input: RequestBreakGlassAccessInput!) { requestBreakGlassAccess(input: $input) { id } }`;
const SEARCH = `query ($input: PersonSearchInput!) { searchPeople(input: $input, first: 20) { nodes { person { id givenName } } } }`;

/** Words only the plans hold: if any reaches a response, a plan leaked. */
const MEASURE_WORDS = /code word|Hollybush|school pick-up password/i;

/**
 * Grace's and Amara's safety plans, made by the DVA specialist who co-works the family and by the
 * allocated social worker. A safety plan is for those working for the victim: to anyone working with
 * people causing harm (the perpetrator worker, the programme provider's representative), even through
 * break-glass, it does not exist on any path.
 */
describe('Safety plans: a restricted record for those working for the victim', () => {
  let t: TestApp;
  let w: MaracWorld;
  let specialist: SignedInUser;
  let providerRep: SignedInUser;
  let itemId: string;
  let gracePlanId: string;
  let amaraPlanId: string;

  const as =
    (user: SignedInUser) =>
    (query: string, variables: Record<string, unknown> = {}) =>
      t.gql(query, variables, { token: user.token });

  beforeAll(async () => {
    t = await startTestApp();
    w = await maracWorld(t);
    ({ itemId } = await aMaracWithItem(t, w));
    specialist = await aUser(t, [Role.DVA_SPECIALIST], w.agencies.idvaService);
    providerRep = await aUser(t, [Role.AGENCY_REPRESENTATIVE], w.agencies.programme);
    const started = await as(w.social)(`mutation ($input: StartCoworkInput!) { startCowork(input: $input) { id } }`, {
      input: { familyId: w.familyId, specialistUserId: specialist.id, startedOn: daysAgo(60), reason: 'Safety planning with Grace' },
    });
    expect(started.errors).toBeUndefined();
    for (const harmSide of [w.perpetratorWorker, providerRep]) {
      const grant = await as(harmSide)(BREAK_GLASS, {
        input: { subjectType: 'FAMILY', subjectId: w.familyId, reason: 'Dan disclosed a breach at the group session today' },
      });
      expect(grant.errors).toBeUndefined();
    }
  });
  afterAll(() => t.close());

  it("the DVA specialist makes Grace's plan and the social worker Amara's, with the measures agreed", async () => {
    const grace = await as(specialist)(RECORD, {
      input: {
        familyId: w.familyId,
        personId: w.graceId,
        madeOn: daysAgo(30),
        measures: ['Agreed code word with her sister', 'Bag packed at Hollybush Lane'],
        nextReviewOn: daysAgo(2),
      },
    });
    expect(grace.errors).toBeUndefined();
    expect(grace.data.recordSafetyPlan).toMatchObject({
      planFor: 'ADULT_VICTIM',
      madeOn: daysAgo(30),
      measures: ['Agreed code word with her sister', 'Bag packed at Hollybush Lane'],
      person: { givenName: 'Grace' },
      recordedBy: { id: specialist.id },
      reviews: [],
    });
    gracePlanId = grace.data.recordSafetyPlan.id;

    const amara = await as(w.social)(RECORD, {
      input: { familyId: w.familyId, personId: w.amaraId, madeOn: daysAgo(20), measures: ['Only Grace collects Amara; school pick-up password set'] },
    });
    expect(amara.errors).toBeUndefined();
    expect(amara.data.recordSafetyPlan.planFor).toBe('CHILD');
    amaraPlanId = amara.data.recordSafetyPlan.id;
  });

  it('a review keeps the history: the measures as agreed each time, and the plan shows the latest', async () => {
    const reviewed = await as(w.social)(REVIEW, {
      input: {
        planId: gracePlanId,
        reviewedOn: daysAgo(3),
        measures: ['Agreed code word with her sister', 'Refuge place held at Hollybush'],
        note: 'Moved on from the bag; refuge place agreed',
        nextReviewOn: daysAgo(-28),
      },
    });
    expect(reviewed.errors).toBeUndefined();
    expect(reviewed.data.reviewSafetyPlan).toMatchObject({
      lastReviewedOn: daysAgo(3),
      nextReviewOn: daysAgo(-28),
      measures: ['Agreed code word with her sister', 'Refuge place held at Hollybush'],
      reviews: [{ reviewedOn: daysAgo(3), measures: ['Agreed code word with her sister', 'Refuge place held at Hollybush'], reviewedBy: { id: w.social.id } }],
    });
  });

  it('the specialist and the case holder see both plans on the family record, in the chronology and by id', async () => {
    for (const victimSide of [specialist, w.social]) {
      const family = await as(victimSide)(FAMILY, { id: w.familyId });
      expect(family.errors).toBeUndefined();
      expect(family.data.family.safetyPlans.map((p: { id: string }) => p.id)).toEqual([gracePlanId, amaraPlanId]);
      const summaries = family.data.family.timeline.nodes.map((n: { summary: string }) => n.summary);
      expect(summaries).toEqual(
        expect.arrayContaining([
          'Safety plan made for Grace: 2 measures agreed.',
          'Safety plan for Grace reviewed: 2 measures agreed.',
          'Safety plan made for Amara: 1 measure agreed.',
        ]),
      );
      // The chronology says a plan exists, never what it says.
      expect(JSON.stringify(family.data.family.timeline)).not.toMatch(MEASURE_WORDS);
      const plan = await as(victimSide)(PLAN, { id: gracePlanId });
      expect(plan.data.safetyPlan.measures).toContain('Refuge place held at Hollybush');
    }
  });

  it("to the perpetrator worker and the programme provider's representative, with break-glass, no plan exists on any path", async () => {
    for (const harmSide of [w.perpetratorWorker, providerRep]) {
      const family = await as(harmSide)(FAMILY, { id: w.familyId });
      expect(family.errors).toBeUndefined();
      expect(family.data.family.safetyPlans).toBeNull();
      const kinds = family.data.family.timeline.nodes.map((n: { kind: string }) => n.kind);
      expect(kinds.length).toBeGreaterThan(0);
      expect(kinds).not.toContain('SAFETY_PLAN_MADE');
      expect(kinds).not.toContain('SAFETY_PLAN_REVIEWED');
      const onlyPlans = await as(harmSide)(
        `query ($id: ID!) { family(id: $id) { timeline(kinds: [SAFETY_PLAN_MADE, SAFETY_PLAN_REVIEWED]) { nodes { kind } } } }`,
        {
          id: w.familyId,
        },
      );
      expect(onlyPlans.data.family.timeline.nodes).toEqual([]);
      // Nested through the MARAC his agency is invited to.
      const item = await as(harmSide)(ITEM, { id: itemId });
      expect(item.errors).toBeUndefined();
      expect(item.data.agendaItem.family.safetyPlans).toBeNull();
      // By id: refused, as if there were no such thing.
      for (const id of [gracePlanId, amaraPlanId]) {
        const plan = await as(harmSide)(PLAN, { id });
        expect(plan.data?.safetyPlan ?? null).toBeNull();
        expect(plan.errors![0].extensions.code).toBe('FORBIDDEN');
      }
      // Search reaches the people, never a plan.
      const search = await as(harmSide)(SEARCH, { input: { name: 'Grace' } });
      expect(JSON.stringify(search)).not.toMatch(MEASURE_WORDS);
      // Nor can he write or review one.
      const write = await as(harmSide)(RECORD, { input: { familyId: w.familyId, personId: w.graceId, madeOn: daysAgo(1), measures: ['x'] } });
      expect(write.errors![0].extensions.code).toBe('FORBIDDEN');
      const review = await as(harmSide)(REVIEW, { input: { planId: gracePlanId, reviewedOn: daysAgo(1), measures: ['x'] } });
      expect(review.errors![0].extensions.code).toBe('FORBIDDEN');
      // Exports are not his, and his notifications (job outputs) hold nothing of a plan.
      const exported = await t.http.get('/exports/cin-census.csv?from=2025-01-01&to=2025-12-31').set('authorization', `Bearer ${harmSide.token}`);
      expect(exported.status).toBe(403);
      const notifications = await as(harmSide)(`{ myNotifications { nodes { body } } }`);
      expect(JSON.stringify(notifications)).not.toMatch(MEASURE_WORDS);
      expect(JSON.stringify([family, item, search])).not.toMatch(MEASURE_WORDS);
    }
  });

  it('a manager of the lead agency, who works for no one side, sees no plan either; nor does a coordinator', async () => {
    const manager = await aUser(t, [Role.MANAGER], w.agencies.csc);
    await t.dataSource.query(`UPDATE family SET agency_id = $1 WHERE id = $2`, [w.agencies.csc.id, w.familyId]);
    const family = await as(manager)(FAMILY, { id: w.familyId });
    expect(family.errors).toBeUndefined();
    expect(family.data.family.safetyPlans).toBeNull();
    const coordinator = await as(w.coordinator)(FAMILY, { id: w.familyId });
    expect(coordinator.data?.family?.safetyPlans ?? null).toBeNull();
    const csv = await t.http.get(`/exports/cin-census.csv?from=2020-01-01&to=${daysAgo(0)}`).set('authorization', `Bearer ${manager.token}`);
    expect(csv.text).not.toMatch(MEASURE_WORDS);
  });

  it('a practitioner who is also a manager reads the family as its manager, not its case holder: no plan, not even in the chronology', async () => {
    // On the victim's side, and allowed plans on the families they hold; this one they only manage.
    const practitionerManager = await aUser(t, [Role.CASE_PRACTITIONER, Role.MANAGER], w.agencies.csc);
    const family = await as(practitionerManager)(FAMILY, { id: w.familyId });
    expect(family.errors).toBeUndefined();
    expect(family.data.family.safetyPlans).toBeNull();
    expect(family.data.family.timeline.nodes.map((n: { kind: string }) => n.kind)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^SAFETY_PLAN/)]));
  });

  describe('bad input: coded errors, nothing written', () => {
    const count = async () => Number((await t.dataSource.query(`SELECT count(*) FROM safety_plan WHERE family_id = $1`, [w.familyId]))[0].count);

    it('a plan for someone outside the family', async () => {
      const stranger = await aPerson(t, w.social, {
        givenName: 'Priya',
        familyName: 'Shah',
        gender: 'FEMALE',
        ethnicityGroup: 'ASIAN',
        dateOfBirth: '1990-02-02',
      });
      const before = await count();
      const result = await as(w.social)(RECORD, { input: { familyId: w.familyId, personId: stranger, madeOn: daysAgo(1), measures: ['Code word'] } });
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'personId' })] });
      expect(result.errors![0].message).toMatch(/never been, a member of this family/);
      expect(await count()).toBe(before);
    });

    it('a plan "for" the person causing harm, in the future, with no measures, or reviewed before it was made', async () => {
      await as(w.social)(`mutation ($input: RecordHarmRelationshipInput!) { recordHarmRelationship(input: $input) { id } }`, {
        input: {
          familyId: w.familyId,
          personCausingHarmId: w.danId,
          personHarmedId: w.graceId,
          forms: ['PHYSICAL'],
          disclosure: 'DISCLOSED',
          recordedOn: daysAgo(40),
        },
      });
      const before = await count();
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ personId: w.danId, madeOn: daysAgo(1), measures: ['x'] }, 'personId'],
        [{ personId: w.graceId, madeOn: daysAgo(-1), measures: ['x'] }, 'madeOn'],
        [{ personId: w.graceId, madeOn: daysAgo(1), measures: [] }, 'measures'],
        [{ personId: w.graceId, madeOn: daysAgo(1), measures: ['x'], nextReviewOn: daysAgo(5) }, 'nextReviewOn'],
      ];
      for (const [input, field] of cases) {
        const result = await as(w.social)(RECORD, { input: { familyId: w.familyId, ...input } });
        expect(result.errors![0].extensions.code).toBe('BAD_USER_INPUT');
        expect(JSON.stringify(result.errors![0].extensions.fields)).toContain(field);
      }
      expect(await count()).toBe(before);
      const early = await as(w.social)(REVIEW, { input: { planId: amaraPlanId, reviewedOn: daysAgo(25), measures: ['x'] } });
      expect(early.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(early.errors![0].message).toMatch(/before the plan was made/);
      const reviews = await t.dataSource.query(`SELECT count(*)::int AS n FROM safety_plan_review WHERE plan_id = $1`, [amaraPlanId]);
      expect(reviews[0].n).toBe(0);
    });

    it('an unknown plan is not found; a practitioner not working with the family may not write one', async () => {
      const missing = await as(w.social)(REVIEW, { input: { planId: '3f0c2a7e-1d4b-4c8e-9a55-0b6c7d8e9f10', reviewedOn: daysAgo(1), measures: ['x'] } });
      expect(missing.errors![0].extensions.code).toBe('NOT_FOUND');
      const other = await aUser(t, [Role.CASE_PRACTITIONER], w.agencies.csc);
      const refused = await as(other)(RECORD, { input: { familyId: w.familyId, personId: w.graceId, madeOn: daysAgo(1), measures: ['x'] } });
      expect(refused.errors![0].extensions.code).toBe('FORBIDDEN');
    });
  });
});
