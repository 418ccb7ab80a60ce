import { AgencyKind, Role } from '../libs/access/src';
import { RequestContext } from '../libs/platform/src';
import { SignalEvaluator } from '../libs/signals/src';
import { anAgency, aUser, SignedInUser } from './support/factories';
import { FamilyStory, jobsSettled, startAppWithJobs } from './support/family-story';
import { TestApp } from './support/test-app';

/** A small seeded PRNG (mulberry32), so a failing history can be replayed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof prng>;

const addDays = (date: string, days: number) => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
const LEVELS = ['UNIVERSAL', 'EARLY_HELP', 'CIN', 'CP_PLAN', 'LAC'];
const SEED = Number(process.env.SIGNALS_SEED ?? 20251124);
const FAMILIES = 24;
/**
 * Fixed evaluation dates, so nothing drifts with the day the test runs. The last goes back in time,
 * so signals resolved since then hold again and are re-opened.
 */
const AS_OF = ['2020-06-30', '2021-03-31', '2021-12-31', '2022-09-30', '2024-06-30', '2021-06-30'];

/** A plausible random history for one family, written through the API (every step is a valid change). */
async function randomFamily(t: TestApp, by: SignedInUser, rng: Rng, n: number): Promise<string> {
  const story = await FamilyStory.begin(t, by, `Generated family ${n}`);
  const base = addDays('2019-01-01', rng.int(0, 300));
  const mother = await story.member(`Mother${n}`, 'ADULT', addDays(base, -700));
  const father = await story.member(`Father${n}`, 'ADULT', addDays(base, -700));
  const children: string[] = [];
  for (let i = rng.int(1, 3); i > 0; i--) children.push(await story.member(`Child${n}${i}`, 'CHILD', addDays(base, -rng.int(30, 2500))));
  const couple = await story.relationship(father, mother, 'PARTNER', addDays(base, -600));
  const grandmother = rng.chance(0.6) ? await story.member(`Nan${n}`, 'ADULT', addDays(base, -700), '1955-05-05') : null;
  if (grandmother) await story.relationship(grandmother, father, 'MOTHER');
  const harm = rng.chance(0.75);
  if (harm) await story.harm(father, mother, addDays(base, rng.int(-200, 400)), rng.pick(['DISCLOSED', 'DISCLOSED', 'SUSPECTED_NOT_DISCLOSED']));

  let coupleStatus = 'TOGETHER';
  const episodes = new Map<string, { id: string; level: number }>();
  const contacts = new Set<string>();
  const placements = new Map<string, string>();
  let date = base;
  for (let step = 0; step < 18; step++) {
    date = addDays(date, rng.int(1, 75));
    const child = rng.pick(children);
    const roll = rng.next();
    if (roll < 0.2) {
      if (coupleStatus === 'SEPARATED') {
        await story.reconcile(couple, date);
        coupleStatus = 'RECONCILED';
      } else {
        await story.separate(couple, date, rng.chance(0.5) ? father : undefined);
        coupleStatus = 'SEPARATED';
      }
    } else if (roll < 0.7) {
      const episode = episodes.get(child);
      if (!episode) {
        const level = rng.int(0, LEVELS.length - 1);
        episodes.set(child, { id: await story.openEpisode(child, LEVELS[level], date), level });
      } else if (rng.chance(0.35)) {
        await story.close(episode.id, date, rng.pick([undefined, undefined, 'PARENTS_SEPARATED', 'PERSON_CAUSING_HARM_LEFT', 'FAMILY_MOVED']));
        episodes.delete(child);
      } else if (episode.level < LEVELS.length - 1 && (episode.level === 0 || rng.chance(0.5))) {
        episode.level = rng.int(episode.level + 1, LEVELS.length - 1);
        await story.step('up', episode.id, LEVELS[episode.level], date);
      } else if (episode.level > 0) {
        episode.level = rng.int(0, episode.level - 1);
        await story.step('down', episode.id, LEVELS[episode.level], date);
      }
    } else if (roll < 0.85) {
      if (harm && !contacts.has(child)) {
        await story.contact(child, father, rng.pick(['SUPERVISED', 'UNSUPERVISED', 'HANDOVER_ONLY', 'INDIRECT']), date, rng.chance(0.3) ? addDays(date, rng.int(10, 200)) : undefined);
        contacts.add(child);
      }
    } else if (grandmother) {
      const placement = placements.get(child);
      if (placement) {
        await story.endPlacement(placement, date);
        placements.delete(child);
      } else {
        placements.set(child, await story.placement(child, grandmother, 'PATERNAL_GRANDPARENT', date));
      }
    }
  }
  return story.familyId;
}

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
    t = await startAppWithJobs();
    social = await aUser(t, [Role.CASE_PRACTITIONER], await anAgency(t, AgencyKind.CHILDRENS_SOCIAL_CARE));
    const rng = prng(SEED);
    families = [];
    for (let n = 0; n < FAMILIES; n++) families.push(await randomFamily(t, social, rng, n));
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
        const result = await t.gql(`mutation ($id: ID!, $note: String!) { acknowledgeRiskSignal(id: $id, note: $note) { id } }`, { id: signal.id, note: `Seen at step ${step}` }, { token: social.token });
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
    expect(kinds.size).toBeGreaterThanOrEqual(3);
    const states = new Set(all.map((s: { state: string }) => s.state));
    expect([...states].sort()).toEqual(['ACKNOWLEDGED', 'OPEN', 'RESOLVED']);
    expect(incremental.history.some((row: { event: string }) => row.event === 'REOPENED')).toBe(true);
    console.log(
      'incremental = full:',
      JSON.stringify({
        signals: incremental.states[AS_OF.length - 1].length,
        kinds: [...kinds],
        events: incremental.history.reduce((acc: Record<string, number>, row: { event: string; n: number }) => ({ ...acc, [row.event]: (acc[row.event] ?? 0) + row.n }), {}),
      }),
    );
  }, 240_000);
});
