import { RequestContext } from '../libs/platform/src';
import { SIGNAL_DEFINITIONS, SignalEvaluator } from '../libs/signals/src';
import { SignalDefinition } from '../libs/signals/src/signal-definition';
import { SignalKind } from '../libs/signals/src/signal-kinds';
import { jobsSettled, startAppWithJobs } from './support/family-story';
import { aWorld, prng, randomFamily } from './support/random-family';
import { startTestApp, TestApp } from './support/test-app';

const SEED = 20261202;
const FAMILIES = 12;
const AS_OF = '2024-06-30';

/**
 * A full run spreads the definitions over several connections (SIGNALS_FULL_RUN_CONNECTIONS), writes
 * their candidates to a shared run table, and merges by content digest. These tests hold it to the
 * single-connection result, and to writing nothing when nothing changed or when a definition fails.
 */
describe('Risk signals: a full run', () => {
  let t: TestApp;
  let oneConnection: TestApp;
  const system = () => RequestContext.system('test');

  beforeAll(async () => {
    t = await startAppWithJobs(); // the test pool has four connections: two are used
    const world = await aWorld(t);
    const rng = prng(SEED);
    for (let n = 0; n < FAMILIES; n++) await randomFamily(t, world, rng, n);
    await jobsSettled(t);
    oneConnection = await startTestApp({ SIGNALS_FULL_RUN_CONNECTIONS: '1' }, { consumeJobs: false });
  }, 240_000);
  afterAll(async () => {
    await oneConnection?.close();
    await t?.close();
  });

  const signals = () =>
    t.dataSource.query(
      `SELECT kind, family_id, subject_key, person_ids, severity, state, evidence, facts, digest, xmin::text AS version
         FROM risk_signal ORDER BY kind, family_id, subject_key`,
    );
  const content = async () => (await signals()).map(({ version, ...signal }: Record<string, unknown>) => signal);
  const count = async (table: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const fullRun = (app: TestApp) => app.app.get(SignalEvaluator).evaluate(system(), { familyIds: null, asOf: AS_OF });

  it('holds the same signals over two connections as over one, and leaves no candidates behind', async () => {
    await t.dataSource.query(`TRUNCATE risk_signal_event, risk_signal`);
    const overTwo = await fullRun(t);
    const two = await content();
    await t.dataSource.query(`TRUNCATE risk_signal_event, risk_signal`);
    const overOne = await fullRun(oneConnection);
    const one = await content();

    expect(one).toEqual(two);
    expect(overOne).toMatchObject({ candidates: overTwo.candidates, raised: overTwo.raised, reopened: 0, resolved: 0 });
    expect(new Set(two.map((s: { kind: string }) => s.kind)).size).toBeGreaterThanOrEqual(6);
    expect(two.every((s: { digest: string | null }) => /^[0-9a-f]{32}$/.test(s.digest ?? ''))).toBe(true);
    expect(await count('signal_run_candidate')).toBe(0);
  });

  it('rewrites nothing when nothing changed', async () => {
    await fullRun(t);
    const before = await signals();
    const events = await count('risk_signal_event');
    const summary = await fullRun(t);

    expect(summary).toMatchObject({ raised: 0, reopened: 0, resolved: 0 });
    expect(summary.candidates).toBe(before.filter((s: { state: string }) => s.state !== 'RESOLVED').length);
    expect(await signals()).toEqual(before); // the row versions too: no signal was updated
    expect(await count('risk_signal_event')).toBe(events);
  });

  it('refreshes a signal whose digest is unknown once, without an event', async () => {
    const [signal] = await t.dataSource.query(`SELECT id, digest FROM risk_signal WHERE state = 'OPEN' ORDER BY id LIMIT 1`);
    await t.dataSource.query(`UPDATE risk_signal SET digest = NULL WHERE id = $1`, [signal.id]);
    const before = await content();
    const events = await count('risk_signal_event');

    expect(await fullRun(t)).toMatchObject({ raised: 0, reopened: 0, resolved: 0 });
    const [after] = await t.dataSource.query(`SELECT digest, state FROM risk_signal WHERE id = $1`, [signal.id]);
    expect(after).toEqual({ digest: signal.digest, state: 'OPEN' });
    expect(await content()).toEqual(before.map((s: { digest: string | null }) => (s.digest === null ? { ...s, digest: signal.digest } : s)));
    expect(await count('risk_signal_event')).toBe(events);
  });

  it('fails whole when one definition fails on any connection, and the next run starts clean', async () => {
    const evaluator = t.app.get(SignalEvaluator) as { definitions: SignalDefinition[] };
    const failing: SignalDefinition = {
      kind: SignalKind.OVERDUE_ACTIONS,
      // Fails at run time, after the other connection has started writing its own candidates.
      sql: `SELECT f.id, 'x', '{}'::uuid[], 'LOW', '[]'::jsonb, '{}'::jsonb FROM family f WHERE 1 / (SELECT count(*) - count(*) FROM family) = 1`,
      explain: () => '',
    };
    const [{ kind }] = await t.dataSource.query(`SELECT kind FROM risk_signal WHERE state = 'OPEN' AND kind <> 'OVERDUE_ACTIONS' ORDER BY kind LIMIT 1`);
    await t.dataSource.query(`UPDATE risk_signal SET severity = 'LOW', digest = 'stale' WHERE state = 'OPEN' AND kind = $1`, [kind]);
    const before = await signals();
    const events = await count('risk_signal_event');
    evaluator.definitions = [...SIGNAL_DEFINITIONS.filter((d) => d.kind !== SignalKind.OVERDUE_ACTIONS), failing];
    try {
      await expect(fullRun(t)).rejects.toThrow(/division by zero/);
    } finally {
      evaluator.definitions = SIGNAL_DEFINITIONS;
    }
    expect(await signals()).toEqual(before);
    expect(await count('risk_signal_event')).toBe(events);

    const repaired = await fullRun(t);
    expect(repaired.raised + repaired.reopened + repaired.resolved).toBe(0);
    const refreshed = (await content()).filter((s: { kind: string; state: string }) => s.kind === kind && s.state === 'OPEN');
    expect(refreshed.length).toBeGreaterThan(0);
    expect(refreshed.every((s: { severity: string; digest: string }) => s.severity !== 'LOW' && s.digest !== 'stale')).toBe(true);
    expect(await count('signal_run_candidate')).toBe(0);
  });
});
