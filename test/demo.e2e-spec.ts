import { AgencyKind, Role } from '../libs/access/src';
import { DEMO_SEED, demoEmail, DemoLoader, maracMeetingId, PartnershipGenerator, partnershipIds, upcomingMaracDate } from '../libs/demo/src';
import { loadConfig, RequestContext } from '../libs/platform/src';
import { SIGNAL_DEFINITIONS } from '../libs/signals/src';
import { readFileSync } from 'fs';
import { join } from 'path';
import { startTestApp, TestApp } from './support/test-app';

const PASSWORD = 'demo-password-for-tests';

/**
 * Issue 7: the demo partnership, loaded once on start by the real API (the same hook `npm start`
 * runs), signed in to as each role, with every signal kind present.
 */
describe('the demo partnership', () => {
  let t: TestApp;
  // Other test files may have left their own records in this database: look only at the demo's.
  const demo = partnershipIds();
  const DEMO_FAMILIES = `SELECT family_id FROM family_allocation WHERE team_id = '${demo.teamId}'`;
  const count = async (table: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const signIn = async (role: Role) => {
    const { data, errors } = await t.gql(`mutation ($input: LoginInput!) { login(input: $input) { accessToken user { roles } } }`, {
      input: { email: demoEmail(role), password: PASSWORD },
    });
    expect(errors).toBeUndefined();
    expect(data.login.user.roles).toEqual([role]);
    return data.login.accessToken as string;
  };

  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: 'on', DEMO_PASSWORD: PASSWORD, DEMO_FAMILIES: '300' });
  }, 180_000);
  afterAll(() => t?.close());

  it('has agencies of every kind, one account per role that can sign in, and 300 families', async () => {
    const kinds = (await t.dataSource.query(`SELECT DISTINCT kind FROM agency`)).map((r: { kind: string }) => r.kind).sort();
    expect(kinds).toEqual(Object.values(AgencyKind).sort());
    for (const role of Object.values(Role)) await signIn(role);
    expect(await count(`(${DEMO_FAMILIES}) AS demo_families`)).toBe(300);
    const wrong = await t.gql(`mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`, {
      input: { email: demoEmail(Role.ADMIN), password: 'waymark-demo' },
    });
    expect(wrong.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('raises every kind of signal the engine knows', async () => {
    const raised = (await t.dataSource.query(`SELECT DISTINCT kind FROM risk_signal WHERE family_id IN (${DEMO_FAMILIES})`)).map(
      (r: { kind: string }) => r.kind,
    );
    for (const { kind } of SIGNAL_DEFINITIONS) expect(raised).toContain(kind);
  });

  it('loads once: a second start (or a re-run of the demo seed) writes nothing', async () => {
    const before = { families: await count('family'), users: await count('app_user'), audit: await count('audit_event') };
    expect(await t.app.get(DemoLoader).loadOnce()).toBe('already-loaded');
    await expect(t.app.get(PartnershipGenerator).generate(RequestContext.system('test'), { families: 10, seed: DEMO_SEED })).rejects.toThrow(
      /already in this database/,
    );
    expect({ families: await count('family'), users: await count('app_user'), audit: await count('audit_event') }).toEqual(before);
  });

  it('audits each generated batch with counts only', async () => {
    const batches = await t.dataSource.query(`SELECT detail FROM audit_event WHERE action = 'generator.batch' AND detail ->> 'seed' = $1`, [DEMO_SEED]);
    expect(batches).toHaveLength(1);
    expect(batches[0].detail).toMatchObject({ seed: DEMO_SEED, families: 300, maracCases: expect.any(Number) });
    expect(batches[0].detail.rows.family).toBe(300 + batches[0].detail.maracCases);
    const names = (await t.dataSource.query(`SELECT given_name FROM person LIMIT 50`)).map((r: { given_name: string }) => r.given_name);
    for (const name of names) expect(JSON.stringify(batches[0].detail)).not.toContain(name);
  });

  it("shows a perpetrator worker the father's referral but never the mother's address; the co-working DVA specialist sees it", async () => {
    const worker = await signIn(Role.PERPETRATOR_WORKER);
    const { data } = await t.gql(
      `{ referrals(serviceType: PERPETRATOR_PROGRAMME, first: 100) { nodes { id familyId subject { id gender } } } }`,
      {},
      { token: worker },
    );
    expect(data.referrals.nodes.length).toBeGreaterThan(0);
    expect(data.referrals.nodes.every((r: any) => r.subject.gender === 'MALE')).toBe(true);

    const [mother] = await t.dataSource.query(
      `SELECT p.id FROM person p JOIN harm_relationship h ON h.person_harmed_id = p.id JOIN cowork_arrangement c ON c.family_id = h.family_id
        JOIN referral r ON r.family_id = h.family_id JOIN service s ON s.id = r.service_id AND s.type = 'PERPETRATOR_PROGRAMME'
       WHERE p.confidential_address IS NOT NULL AND r.status <> 'DRAFT' AND c.specialist_user_id = $1 LIMIT 1`,
      [demo.userByRole.DVA_SPECIALIST],
    );
    const query = `query ($id: ID!) { person(id: $id) { confidentialAddress safeContactDetails } }`;
    const asWorker = await t.gql(query, { id: mother.id }, { token: worker });
    expect(asWorker.data?.person?.confidentialAddress ?? null).toBeNull();
    expect(asWorker.data?.person?.safeContactDetails ?? null).toBeNull();
    const asSpecialist = await t.gql(query, { id: mother.id }, { token: await signIn(Role.DVA_SPECIALIST) });
    expect(asSpecialist.data.person.confidentialAddress).toMatch(/Refuge/);
  });

  it("works through the README's demo walkthrough, role by role, as written", async () => {
    const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Demo walkthrough'), readme.indexOf('## Generating data and benchmarks'));
    const steps = [...section.matchAll(/```graphql\n# As (\w+)@demo\.waymark[^\n]*\n([\s\S]*?)```/g)].map((m) => ({
      role: m[1].toUpperCase() as Role,
      document: m[2],
    }));
    expect(new Set(steps.map((step) => step.role))).toEqual(new Set(Object.values(Role)));

    const [family] = await t.dataSource.query(
      `SELECT family_id AS id FROM risk_signal WHERE kind = 'REVOLVING_DOOR' AND family_id IN (${DEMO_FAMILIES}) LIMIT 1`,
    );
    const [mother] = await t.dataSource.query(
      `SELECT p.id FROM person p JOIN harm_relationship h ON h.person_harmed_id = p.id JOIN cowork_arrangement c ON c.family_id = h.family_id
        JOIN referral r ON r.family_id = h.family_id JOIN service s ON s.id = r.service_id AND s.type = 'PERPETRATOR_PROGRAMME'
       WHERE p.confidential_address IS NOT NULL AND c.specialist_user_id = $1 LIMIT 1`,
      [demo.userByRole.DVA_SPECIALIST],
    );
    const [signal] = await t.dataSource.query(
      `SELECT id FROM risk_signal WHERE state = 'OPEN' AND severity = 'HIGH' AND family_id IN (${DEMO_FAMILIES}) LIMIT 1`,
    );
    const meetingId = maracMeetingId(DEMO_SEED, 0, upcomingMaracDate(new Date().toISOString().slice(0, 10)));
    const variables = { familyId: family.id, personId: mother.id, signalId: signal.id, meetingId };
    const tokens = new Map<Role, string>();
    for (const step of steps) {
      if (!tokens.has(step.role)) tokens.set(step.role, await signIn(step.role));
      const used = Object.fromEntries(Object.entries(variables).filter(([name]) => step.document.includes(`$${name}`)));
      const { data, errors } = await t.gql(step.document, used, { token: tokens.get(step.role) });
      const name = /(?:query|mutation) (\w+)/.exec(step.document)![1];
      if (name === 'NotTheAddress') {
        // The worker may not open the mother at all; if they may, the restricted fields are null.
        expect(errors?.[0]?.extensions.code ?? 'OK').toMatch(/OK|FORBIDDEN|NOT_FOUND/);
        expect(data?.person?.confidentialAddress ?? null).toBeNull();
        expect(data?.person?.safeContactDetails ?? null).toBeNull();
        continue;
      }
      expect({ name, errors }).toEqual({ name, errors: undefined });
      const answer = Object.values(data)[0] as any;
      const shown = Array.isArray(answer) ? answer : (answer?.nodes ?? [answer]);
      expect({ name, shown: shown.length > 0 && shown[0] !== null }).toEqual({ name, shown: true });
      if (name === 'Victim') expect(data.person.confidentialAddress).toMatch(/Refuge/);
      if (name === 'Acknowledge') expect(data.acknowledgeRiskSignal.state).toBe('ACKNOWLEDGED');
    }
  });

  describe('as the MARAC coordinator sees it', () => {
    const today = new Date().toISOString().slice(0, 10);
    const daysFromToday = (date: string) => Math.round((Date.parse(`${date.slice(0, 10)}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
    let coordinator: string;
    const everyPage = async <T>(field: string, document: string, variables: Record<string, unknown> = {}, token = coordinator): Promise<T[]> => {
      const nodes: T[] = [];
      for (let after: string | null = null, page = 0; page < 50; page++) {
        const answer = await t.gql(document, { ...variables, after }, { token });
        expect(answer.errors).toBeUndefined();
        const data = answer.data[field] as { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
        nodes.push(...data.nodes);
        if (!data.pageInfo.hasNextPage) break;
        after = data.pageInfo.endCursor;
      }
      return nodes;
    };
    beforeAll(async () => {
      coordinator = await signIn(Role.MARAC_COORDINATOR);
    });

    it('has MARACs held every four weeks, each hearing 10-25 cases (the median), families sharing a sitting', async () => {
      const held = await everyPage<{ startsAt: string; agendaItems: { familyName: string }[] }>(
        'meetings',
        `query ($after: String) { meetings(type: MARAC, status: HELD, first: 100, after: $after) { nodes { startsAt agendaItems { familyName } } pageInfo { hasNextPage endCursor } } }`,
      );
      const sizes = held.map((m) => m.agendaItems.length).sort((a, b) => a - b);
      const median = sizes[Math.floor(sizes.length / 2)];
      expect({ sittings: held.length > 60, median }).toEqual({ sittings: true, median: expect.any(Number) });
      expect(median).toBeGreaterThanOrEqual(10);
      expect(median).toBeLessThanOrEqual(25);
      // Sittings of the last year, four weeks apart.
      const recent = held.map((m) => m.startsAt.slice(0, 10)).filter((d) => daysFromToday(d) > -365);
      const gaps = recent
        .sort()
        .slice(1)
        .map((d, i) => daysFromToday(d) - daysFromToday(recent[i]));
      expect(new Set(gaps)).toEqual(new Set([28]));
    });

    it("has next week's MARAC scheduled, with a chair and coordinator, nothing listed yet, and the referrals waiting for it", async () => {
      const to = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
      const { data, errors } = await t.gql(
        `query ($from: LocalDate!, $to: LocalDate!) { meetings(type: MARAC, from: $from, to: $to, first: 10) { nodes { id title status startsAt chairUserId coordinatorUserId agendaItems { id } } } }`,
        { from: today, to },
        { token: coordinator },
      );
      expect(errors).toBeUndefined();
      expect(data.meetings.nodes).toHaveLength(1);
      const [next] = data.meetings.nodes;
      expect(next).toMatchObject({
        status: 'SCHEDULED',
        chairUserId: demo.userByRole.MEETING_CHAIR,
        coordinatorUserId: demo.userByRole.MARAC_COORDINATOR,
        agendaItems: [],
      });
      expect(daysFromToday(next.startsAt)).toBeGreaterThanOrEqual(1);

      const candidates = await t.gql(
        `query ($id: ID!) { maracAgendaCandidates(meetingId: $id) { id status submittedOn isRepeatMarac maracCriteria } }`,
        { id: next.id },
        { token: coordinator },
      );
      expect(candidates.errors).toBeUndefined();
      const waiting = candidates.data.maracAgendaCandidates;
      expect(waiting.length).toBeGreaterThanOrEqual(5);
      expect(waiting.every((r: any) => ['SUBMITTED', 'ACCEPTED'].includes(r.status) && daysFromToday(r.submittedOn) > -28)).toBe(true);
      expect(waiting.some((r: any) => r.isRepeatMarac)).toBe(true);
    });

    it('has no open action overdue by more than weeks: the old ones were done or cancelled', async () => {
      for (const token of [coordinator, await signIn(Role.MANAGER)]) {
        const { data, errors } = await t.gql(`{ overdueActions(first: 5) { nodes { dueOn status } } }`, {}, { token });
        expect(errors).toBeUndefined();
        expect(data.overdueActions.nodes.length).toBeGreaterThan(0);
        // Most overdue first.
        expect(daysFromToday(data.overdueActions.nodes[0].dueOn)).toBeGreaterThanOrEqual(-90);
      }
    });

    it('shows signals first raised when their pattern appeared in the history, not all at load time', async () => {
      const signals = await everyPage<{ firstRaisedAt: string }>(
        'riskSignals',
        `query ($after: String) { riskSignals(first: 100, after: $after) { nodes { firstRaisedAt } pageInfo { hasNextPage endCursor } } }`,
        {},
        await signIn(Role.MANAGER),
      );
      const days = signals.map((s) => s.firstRaisedAt.slice(0, 10)).sort();
      expect(signals.length).toBeGreaterThan(100);
      expect(new Set(days).size).toBeGreaterThan(50);
      expect(daysFromToday(days[0])).toBeLessThan(-365);
      expect(days.filter((d) => d === today).length).toBeLessThan(days.length / 10);
      expect(daysFromToday(days[days.length - 1])).toBeLessThanOrEqual(0);
    });
  });

  it('never loads in production', async () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://waymark@127.0.0.1:5432/waymark', JWT_SECRET: 'x'.repeat(40) };
    expect(() => loadConfig({ ...production, DEMO_DATA: 'on' })).toThrow(/DEMO_DATA=on is refused when NODE_ENV=production/);
    expect(loadConfig(production).demo.load).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).demo.load).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).demo.load).toBe(false);
  });
});
