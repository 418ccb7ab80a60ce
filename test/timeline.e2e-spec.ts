import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { Role } from '../libs/access/src';
import { aPerson, aUser, SignedInUser } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const TIMELINE = `query ($id: ID!, $first: Int, $after: String, $kinds: [TimelineKind!], $from: LocalDate, $to: LocalDate) {
  family(id: $id) { timeline(first: $first, after: $after, kinds: $kinds, from: $from, to: $to) {
    nodes { id kind date actorUserId actor { displayName } summary } pageInfo { hasNextPage endCursor } } } }`;

describe("A family's timeline", () => {
  let t: TestApp;
  let social: SignedInUser;
  let familyId: string;

  const run = (query: string, input: Record<string, unknown>) => t.gql(query, { input }, { token: social.token });
  const timeline = (variables: Record<string, unknown>, user = social) => t.gql(TIMELINE, { id: familyId, ...variables }, { token: user.token });

  beforeAll(async () => {
    t = await startTestApp();
    social = await aUser(t, [Role.CASE_PRACTITIONER]);
    familyId = (await t.gql(`mutation { createFamily(input: { name: "Okafor-Brown family" }) { id } }`, {}, { token: social.token })).data.createFamily.id;
    const grace = await aPerson(t, social, { givenName: 'Grace', familyName: 'Okafor', gender: 'FEMALE', ethnicityGroup: 'BLACK', dateOfBirth: '1992-04-03' });
    const dean = await aPerson(t, social, { givenName: 'Dean', familyName: 'Brown', gender: 'MALE', ethnicityGroup: 'WHITE', dateOfBirth: '1989-11-20' });
    const amara = await aPerson(t, social, {
      givenName: 'Amara',
      familyName: 'Okafor-Brown',
      gender: 'FEMALE',
      ethnicityGroup: 'MIXED',
      dateOfBirth: '2021-06-15',
    });
    const ADD = `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`;
    await run(ADD, { familyId, personId: grace, kind: 'ADULT', joinedOn: '2020-01-01' });
    await run(ADD, { familyId, personId: dean, kind: 'ADULT', joinedOn: '2020-02-01' });
    await run(ADD, { familyId, personId: amara, kind: 'CHILD', joinedOn: '2021-06-15' });
    const couple = await run(`mutation ($input: RecordRelationshipInput!) { recordRelationship(input: $input) { id } }`, {
      familyId,
      personId: dean,
      relatedPersonId: grace,
      type: 'PARTNER',
      togetherSince: '2019-05-01',
    });
    const episode = await run(`mutation ($input: OpenEpisodeInput!) { openEpisode(input: $input) { id } }`, {
      familyId,
      childId: amara,
      level: 'EARLY_HELP',
      occurredOn: '2022-01-10',
    });
    await run(`mutation ($input: StepEpisodeInput!) { stepUp(input: $input) { id } }`, {
      episodeId: episode.data.openEpisode.id,
      toLevel: 'CP_PLAN',
      occurredOn: '2022-05-01',
      reason: 'ICPC',
    });
    await run(`mutation ($input: RecordSeparationInput!) { recordSeparation(input: $input) { id } }`, {
      relationshipId: couple.data.recordRelationship.id,
      separatedOn: '2023-03-03',
      leftHouseholdPersonId: dean,
    });
    await run(`mutation ($input: CloseEpisodeInput!) { closeEpisode(input: $input) { id } }`, {
      episodeId: episode.data.openEpisode.id,
      occurredOn: '2023-03-20',
      closureReason: 'RC7',
      closureSubReason: 'PARENTS_SEPARATED',
    });
  });
  afterAll(() => t.close());

  it('tells the story newest first, in sentences', async () => {
    const result = await timeline({ first: 6, kinds: ['MEMBER_LEFT', 'EPISODE_OPENED', 'STEPPED_UP', 'EPISODE_CLOSED', 'SEPARATED', 'COUPLE_TOGETHER'] });
    expect(result.errors).toBeUndefined();
    // Same-day entries follow the order they were recorded in.
    expect(result.data.family.timeline.nodes.map((n: { date: string; summary: string }) => `${n.date} ${n.summary}`)).toEqual([
      "2023-03-20 Amara's episode closed (RC7, parents separated).",
      '2023-03-03 Dean and Grace separated; Dean left the household.',
      '2023-03-03 Dean left the household.',
      '2022-05-01 Amara stepped up from EARLY HELP to CP PLAN: ICPC.',
      '2022-01-10 Episode opened for Amara at EARLY HELP.',
      '2019-05-01 Dean and Grace got together.',
    ]);
    const newest = await timeline({ first: 1 });
    expect(newest.data.family.timeline.nodes[0].summary).toMatch(/^Allocated to Test CASE_PRACTITIONER/);
    const decided = result.data.family.timeline.nodes.find((n: { kind: string }) => n.kind === 'STEPPED_UP');
    expect(decided.actorUserId).toBe(social.id);
    expect(decided.actor.displayName).toMatch(/^Test CASE_PRACTITIONER/);
  });

  it('names people in its sentences, and audits those reads', async () => {
    const reads = async () =>
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'person.read' AND actor_user_id = $1`, [social.id]))[0].n;
    const before = await reads();
    await timeline({ first: 5, kinds: ['SEPARATED'] });
    expect((await reads()) - before).toBe(2); // Dean and Grace
  });

  it('pages through everything exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const result = await timeline({ first: 3, after });
      seen.push(...result.data.family.timeline.nodes.map((n: { id: string }) => n.id));
      if (!result.data.family.timeline.pageInfo.hasNextPage) break;
      after = result.data.family.timeline.pageInfo.endCursor;
    }
    const all = (await timeline({ first: 100 })).data.family.timeline.nodes.map((n: { id: string }) => n.id);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);
    expect(all.length).toBe(10); // 3 joined, 1 left, the allocation, together, separated, opened, stepped up, closed
  });

  it('filters by kind and by period, and rejects a period that ends before it starts', async () => {
    const separations = await timeline({ kinds: ['SEPARATED', 'RECONCILED'] });
    expect(separations.data.family.timeline.nodes.map((n: { kind: string }) => n.kind)).toEqual(['SEPARATED']);
    const in2022 = await timeline({ from: '2022-01-01', to: '2022-12-31' });
    expect(in2022.data.family.timeline.nodes.map((n: { date: string }) => n.date)).toEqual(['2022-05-01', '2022-01-10']);
    const backwards = await timeline({ from: '2023-01-01', to: '2022-01-01' });
    expect(backwards.errors![0]).toMatchObject({ message: 'to: is before from (2023-01-01)', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('is hidden from those who cannot see the family', async () => {
    const outsider = await aUser(t, [Role.CASE_PRACTITIONER]);
    const result = await timeline({}, outsider);
    expect(result.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('loads the first page of a 1,000-event family in the same few queries as a small one', async () => {
    // A long-running family, written directly as fixture rows: one child with 1,000 transitions.
    const [{ id: bigFamily }] = await t.dataSource.query(`INSERT INTO family (name, agency_id) VALUES ('Long-running family', $1) RETURNING id`, [
      social.agencyId,
    ]);
    await t.dataSource.query(`INSERT INTO family_allocation (family_id, user_id, started_on) VALUES ($1, $2, '2005-01-01')`, [bigFamily, social.id]);
    const [{ id: child }] = await t.dataSource.query(
      `INSERT INTO person (given_name, family_name, gender, ethnicity_group, date_of_birth, created_by_user_id) VALUES ('Kai', 'Long', 'MALE', 'WHITE', '2004-01-01', $1) RETURNING id`,
      [social.id],
    );
    await t.dataSource.query(`INSERT INTO family_membership (family_id, person_id, kind, joined_on) VALUES ($1, $2, 'CHILD', '2004-01-01')`, [
      bigFamily,
      child,
    ]);
    const [{ id: episode }] = await t.dataSource.query(
      `INSERT INTO episode (family_id, child_id, level, opened_on) VALUES ($1, $2, 'CIN', '2005-01-01') RETURNING id`,
      [bigFamily, child],
    );
    await t.dataSource.query(
      `INSERT INTO episode_transition (episode_id, kind, from_level, to_level, occurred_on, decided_by_user_id)
       SELECT $1, CASE WHEN i % 2 = 0 THEN 'STEP_UP' ELSE 'STEP_DOWN' END, CASE WHEN i % 2 = 0 THEN 'CIN' ELSE 'CP_PLAN' END,
              CASE WHEN i % 2 = 0 THEN 'CP_PLAN' ELSE 'CIN' END, DATE '2005-01-01' + (i * 6), $2
         FROM generate_series(1, 1000) AS i`,
      [episode, social.id],
    );

    const countQueries = async (id: string, expectedEntries: number) => {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      try {
        const result = await t.gql(TIMELINE, { id, first: 20 }, { token: social.token });
        expect(result.errors).toBeUndefined();
        expect(result.data.family.timeline.nodes).toHaveLength(expectedEntries);
        // The outbox relay polls every 2 s on the same pool (START TRANSACTION, its SELECT, COMMIT): not this request's.
        const statements = spy.mock.calls.map((call) => String(call[0]));
        const relayPolls = statements.filter((sql) => sql.includes('FROM outbox_job')).length;
        return statements.length - 3 * relayPolls;
      } finally {
        spy.mockRestore();
      }
    };
    await countQueries(bigFamily, 20); // warm-up
    const big = await countQueries(bigFamily, 20);
    const small = await countQueries(familyId, 10);
    // A fixed handful: sign-in, break-glass grants, the family and the relationship facts asked about it,
    // whether this family's safety plans are the caller's to see, the page, names, the read audit, actors.
    expect(big).toBeLessThanOrEqual(11);
    expect(big).toBe(small);
  });
});
