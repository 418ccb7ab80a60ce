import { RequestContext } from '../libs/platform/src';
import { SignalEvaluator } from '../libs/signals/src';
import { SignalKind } from '../libs/signals/src/signal-kinds';
import { SignedInUser } from './support/factories';
import { jobsSettled, startAppWithJobs } from './support/family-story';
import { aWorld, prng, randomFamily } from './support/random-family';
import { ownDatabase, TestApp } from './support/test-app';

const SEED = Number(process.env.SIGNALS_SEED ?? 20251124);
const FAMILIES = 24;
/**
 * Fixed evaluation dates, so nothing drifts with the day the test runs. The last goes back in time,
 * so signals resolved since then hold again and are re-opened.
 */
const AS_OF = ['2020-06-30', '2021-03-31', '2021-12-31', '2022-09-30', '2024-06-30', '2021-06-30'];

/**
 * Incremental and full evaluation are one evaluator with a different scope. This proves they
 * agree: many random family histories are evaluated family by family, and in full, at the same
 * series of dates (with the same acknowledgements in between), and every signal must match.
 */
describe('Risk signals: incremental evaluation equals full evaluation', () => {
  let t: TestApp;
  let social: SignedInUser;
  let families: string[];

  beforeAll(async () => {
    // Full runs over the whole partnership and truncations: on a database of its own.
    t = await startAppWithJobs(await ownDatabase('signals_incremental'));
    const world = await aWorld(t);
    social = world.social;
    const rng = prng(SEED);
    families = [];
    for (let n = 0; n < FAMILIES; n++) families.push(await randomFamily(t, world, rng, n));
    await jobsSettled(t);
  }, 240_000);
  afterAll(() => t.close());

  const snapshot = () =>
    t.dataSource.query(
      `SELECT kind, family_id, subject_key, person_ids, severity, state, evidence, facts, resolution, acknowledged_note
         FROM risk_signal WHERE family_id = ANY($1::uuid[]) ORDER BY kind, family_id, subject_key`,
      [families],
    );
  const history = () =>
    t.dataSource.query(
      `SELECT s.kind, s.family_id, s.subject_key, e.kind AS event, count(*)::int AS n
         FROM risk_signal_event e JOIN risk_signal s ON s.id = e.signal_id WHERE s.family_id = ANY($1::uuid[])
        GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
      [families],
    );

  /** From no signals at all, evaluates at each date; after each, acknowledges the same open signals (by subject) through the API. */
  async function replay(mode: 'incremental' | 'full') {
    await t.dataSource.query(`TRUNCATE risk_signal_event, risk_signal`);
    const evaluator = t.app.get(SignalEvaluator);
    const states = [];
    for (const [step, asOf] of AS_OF.entries()) {
      if (mode === 'incremental') {
        for (const familyId of families) await evaluator.evaluate(RequestContext.system('test'), { familyIds: [familyId], asOf });
      } else {
        await evaluator.evaluate(RequestContext.system('test'), { familyIds: null, asOf });
      }
      const open: Array<{ id: string; subject_key: string }> = await t.dataSource.query(
        `SELECT id, subject_key FROM risk_signal WHERE state = 'OPEN' AND family_id = ANY($1::uuid[]) ORDER BY kind, family_id, subject_key`,
        [families],
      );
      for (const signal of open.filter((s) => (s.subject_key.charCodeAt(0) + step) % 3 === 0)) {
        const result = await t.gql(
          `mutation ($id: ID!, $note: String!) { acknowledgeRiskSignal(id: $id, note: $note) { id } }`,
          { id: signal.id, note: `Seen at step ${step}` },
          { token: social.token },
        );
        expect(result.errors).toBeUndefined();
      }
      states.push(await snapshot());
    }
    return { states, history: await history() };
  }

  it(`agrees on every signal, state and piece of evidence for ${FAMILIES} random families at ${AS_OF.length} dates (seed ${SEED})`, async () => {
    const incremental = await replay('incremental');
    const full = await replay('full');
    for (const [step, asOf] of AS_OF.entries()) {
      expect({ asOf, signals: incremental.states[step] }).toEqual({ asOf, signals: full.states[step] });
    }
    expect(incremental.history).toEqual(full.history);

    // Not vacuous: the histories raised several kinds, and signals were acknowledged, resolved and re-opened.
    const all = incremental.states.flat();
    const kinds = new Set(all.map((s: { kind: string }) => s.kind));
    expect([...kinds].sort()).toEqual(Object.values(SignalKind).sort());
    const states = new Set(all.map((s: { state: string }) => s.state));
    expect([...states].sort()).toEqual(['ACKNOWLEDGED', 'OPEN', 'RESOLVED']);
    expect(incremental.history.some((row: { event: string }) => row.event === 'REOPENED')).toBe(true);
    console.log(
      'incremental = full:',
      JSON.stringify({
        signals: incremental.states[AS_OF.length - 1].length,
        kinds: [...kinds],
        events: incremental.history.reduce(
          (acc: Record<string, number>, row: { event: string; n: number }) => ({ ...acc, [row.event]: (acc[row.event] ?? 0) + row.n }),
          {},
        ),
      }),
    );
  }, 240_000);
});
