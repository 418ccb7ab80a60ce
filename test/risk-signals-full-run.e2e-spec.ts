import { APP_CONFIG, AppConfig, RequestContext } from '../libs/platform/src';
import { SIGNAL_DEFINITIONS, SignalEvaluator } from '../libs/signals/src';
import { contentDigest } from '../libs/signals/src/engine/signal-candidates';
import { SignalDefinition } from '../libs/signals/src/signal-definition';
import { SignalKind } from '../libs/signals/src/signal-kinds';
import { jobsSettled, startAppWithJobs } from './support/family-story';
import { aWorld, prng, randomFamily } from './support/random-family';
import { ownDatabase, TestApp, usingEmbeddedDatabase } from './support/test-app';

const SEED = 20261202;
const FAMILIES = 12;
const AS_OF = '2024-06-30';

/** A test-only definition that writes nothing: `sql` is run as the definition's query. */
const aDefinition = (name: string, sql: string): SignalDefinition => ({ kind: name as SignalKind, sql, explain: () => '' });
const NOTHING = `SELECT gen_random_uuid(), 'x', '{}'::uuid[], 'LOW', '[]'::jsonb, '{}'::jsonb FROM generate_series(1, 1)`;

/**
 * A full run spreads the definitions over several connections (SIGNALS_FULL_RUN_CONNECTIONS), writes
 * their candidates to a shared run table, and merges by content digest. These tests hold it to the
 * single-connection result, and to writing nothing when nothing changed or when a definition fails.
 * On the embedded database (one connection) every run uses one connection, and the tests still hold.
 */
describe('Risk signals: a full run', () => {
  let t: TestApp;
  let evaluator: SignalEvaluator;
  const connections = usingEmbeddedDatabase() ? 1 : 2; // the test pool has four connections

  beforeAll(async () => {
    // Full runs over the whole partnership and truncations: on a database of its own.
    t = await startAppWithJobs(await ownDatabase('signals_full_run'));
    const world = await aWorld(t);
    const rng = prng(SEED);
    for (let n = 0; n < FAMILIES; n++) await randomFamily(t, world, rng, n);
    await jobsSettled(t);
    evaluator = t.app.get(SignalEvaluator);
  }, 240_000);
  afterAll(() => t?.close());

  const signals = () =>
    t.dataSource.query(
      `SELECT kind, family_id, subject_key, person_ids, severity, state, evidence, facts, digest, xmin::text AS version
         FROM risk_signal ORDER BY kind, family_id, subject_key`,
    );
  const content = async () => (await signals()).map(({ version: _version, ...signal }: Record<string, unknown>) => signal);
  const count = async (table: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const fullRun = () => evaluator.evaluate(RequestContext.system('test'), { familyIds: null, asOf: AS_OF });
  const withDefinitions = async <T>(definitions: SignalDefinition[], work: () => Promise<T>): Promise<T> => {
    (evaluator as { definitions: SignalDefinition[] }).definitions = definitions;
    try {
      return await work();
    } finally {
      (evaluator as { definitions: SignalDefinition[] }).definitions = SIGNAL_DEFINITIONS;
    }
  };

  it('holds over the configured connections exactly what one connection holds, and leaves no candidates behind', async () => {
    const config = t.app.get<AppConfig>(APP_CONFIG);
    await t.dataSource.query(`TRUNCATE risk_signal_event, risk_signal`);
    const overMany = await fullRun();
    const many = await content();
    await t.dataSource.query(`TRUNCATE risk_signal_event, risk_signal`);
    const configured = config.signals.fullRunConnections;
    config.signals.fullRunConnections = 1;
    const overOne = await fullRun().finally(() => (config.signals.fullRunConnections = configured));
    const one = await content();

    expect(overMany.connections).toBe(connections);
    expect(overOne.connections).toBe(1);
    expect(one).toEqual(many);
    expect(overOne).toMatchObject({ candidates: overMany.candidates, raised: overMany.raised, reopened: 0, resolved: 0 });
    expect(new Set(many.map((s: { kind: string }) => s.kind)).size).toBeGreaterThanOrEqual(6);
    expect(many.every((s: { digest: string | null }) => /^[0-9a-f]{32}$/.test(s.digest ?? ''))).toBe(true);
    expect(await count('signal_run_candidate')).toBe(0);
  });

  it('keeps to one connection inside a stricter transaction, whose statements would not see what the others commit', async () => {
    const expected = await content();
    await t.dataSource.query(`UPDATE risk_signal SET digest = NULL`);
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      const ctx = RequestContext.system('test');
      ctx.queryRunner = runner;
      const summary = await evaluator.evaluate(ctx, { familyIds: null, asOf: AS_OF });
      await runner.commitTransaction();
      expect(summary).toMatchObject({ connections: 1, raised: 0, reopened: 0, resolved: 0 });
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await content()).toEqual(expected);
  });

  it('runs twice in one transaction: the second keeps to one connection, which the first left holding the run table', async () => {
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const ctx = RequestContext.system('test');
      ctx.queryRunner = runner;
      const first = await evaluator.evaluate(ctx, { familyIds: null, asOf: AS_OF });
      const second = await evaluator.evaluate(ctx, { familyIds: null, asOf: AS_OF });
      await runner.commitTransaction();
      expect(first.connections).toBe(connections);
      expect(second).toMatchObject({ connections: 1, candidates: first.candidates, raised: 0, reopened: 0, resolved: 0 });
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  });

  (usingEmbeddedDatabase() ? it.skip : it)('finishes while someone reads the run table, deleting its own rows instead of truncating', async () => {
    const reader = t.dataSource.createQueryRunner();
    await reader.connect();
    try {
      await reader.startTransaction();
      await reader.query(`SELECT count(*) FROM signal_run_candidate`); // holds a share lock until it ends
      const summary = await fullRun();
      expect(summary).toMatchObject({ connections, raised: 0, reopened: 0, resolved: 0 });
      expect(await count('signal_run_candidate')).toBe(0);
    } finally {
      await reader.rollbackTransaction();
      await reader.release();
    }
  });

  it('rewrites nothing when nothing changed', async () => {
    await fullRun();
    const before = await signals();
    const events = await count('risk_signal_event');
    const summary = await fullRun();

    expect(summary).toMatchObject({ raised: 0, reopened: 0, resolved: 0 });
    expect(summary.candidates).toBe(before.filter((s: { state: string }) => s.state !== 'RESOLVED').length);
    expect(await signals()).toEqual(before); // the row versions too: no signal was updated
    expect(await count('risk_signal_event')).toBe(events);
  });

  it('refreshes a signal whose content differs from what holds now, whatever part of it differs', async () => {
    const expected = await content();
    const stale = await t.dataSource.query(`SELECT DISTINCT ON (kind) id, kind FROM risk_signal WHERE state = 'OPEN' ORDER BY kind, id`);
    expect(stale.length).toBeGreaterThanOrEqual(4);
    const changes = [
      `facts = s.facts || '{"stale": true}'`,
      `evidence = s.evidence || '[{"type": "Stale"}]'`,
      `person_ids = '{}'`,
      `severity = CASE s.severity WHEN 'HIGH' THEN 'MEDIUM' ELSE 'HIGH' END`,
    ];
    // Each stale signal's digest is that of its stale content, as if the merge had written it.
    for (const [i, change] of changes.entries()) {
      await t.dataSource.query(`UPDATE risk_signal s SET ${change} WHERE id = $1`, [stale[i].id]);
      await t.dataSource.query(`UPDATE risk_signal s SET digest = ${contentDigest('s')} WHERE id = $1`, [stale[i].id]);
    }
    const events = await count('risk_signal_event');

    expect(await fullRun()).toMatchObject({ raised: 0, reopened: 0, resolved: 0 });
    expect(await content()).toEqual(expected);
    expect(await count('risk_signal_event')).toBe(events);
  });

  it('refreshes a signal whose digest is unknown once, without an event', async () => {
    const [signal] = await t.dataSource.query(`SELECT id, digest FROM risk_signal WHERE state = 'OPEN' ORDER BY id LIMIT 1`);
    const expected = await content();
    await t.dataSource.query(`UPDATE risk_signal SET digest = NULL WHERE id = $1`, [signal.id]);
    const events = await count('risk_signal_event');

    expect(await fullRun()).toMatchObject({ raised: 0, reopened: 0, resolved: 0 });
    expect(await content()).toEqual(expected);
    expect(await count('risk_signal_event')).toBe(events);
  });

  describe('fails whole when a definition fails, on whichever connection, and the next run starts clean', () => {
    const failing = aDefinition('TEST_FAILING', `${NOTHING} WHERE 1 / (SELECT count(*) - count(*) FROM family) = 1`);
    // Takes half a second, so that the definition after it goes to another connection (there is one).
    const slow = aDefinition('TEST_SLOW', `${NOTHING} WHERE pg_sleep(0.5) IS NOT NULL AND random() < 0`);
    const cases: Array<[string, SignalDefinition[]]> = [
      ['on the caller’s connection', [failing, ...SIGNAL_DEFINITIONS]],
      ['on another connection', [slow, failing, ...SIGNAL_DEFINITIONS]],
    ];

    it.each(cases)('%s', async (_where, definitions) => {
      const [{ kind }] = await t.dataSource.query(`SELECT kind FROM risk_signal WHERE state = 'OPEN' AND kind <> 'OVERDUE_ACTIONS' ORDER BY kind LIMIT 1`);
      await t.dataSource.query(`UPDATE risk_signal SET severity = 'LOW', digest = NULL WHERE state = 'OPEN' AND kind = $1`, [kind]);
      const before = await signals();
      const events = await count('risk_signal_event');

      await expect(withDefinitions(definitions, fullRun)).rejects.toThrow(/division by zero/);
      expect(await signals()).toEqual(before);
      expect(await count('risk_signal_event')).toBe(events);

      expect(await fullRun()).toMatchObject({ raised: 0, reopened: 0, resolved: 0, connections });
      const repaired = (await content()).filter((s: { kind: string; state: string }) => s.kind === kind && s.state === 'OPEN');
      expect(repaired.length).toBeGreaterThan(0);
      expect(repaired.every((s: { severity: string; digest: string | null }) => s.severity !== 'LOW' && s.digest !== null)).toBe(true);
      expect(await count('signal_run_candidate')).toBe(0);
    });
  });
});
