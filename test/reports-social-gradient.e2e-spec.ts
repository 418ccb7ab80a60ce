import { ReportWorld } from './support/report-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const COUNT = '{ value suppressed }';
const ROW = `{ group children ${COUNT} assessed ${COUNT} assessedRate ${COUNT} childInNeed ${COUNT} childInNeedRate ${COUNT} childProtection ${COUNT} childProtectionRate ${COUNT} }`;
const GRADIENT = `query ($filters: ReportFiltersInput!) {
  socialGradient(filters: $filters) { suppressionApplied total ${ROW} byDeprivationDecile ${ROW} byEthnicity ${ROW} }
}`;
const shown = (value: number) => ({ value, suppressed: false });
const SUPPRESSED = { value: null, suppressed: true };
const PERIOD = { from: '2025-01-01', to: '2025-12-31' };
const row = (group: string, children: number, assessed: number, cin: number, cp: number) => ({
  group,
  children: shown(children),
  assessed: shown(assessed),
  assessedRate: shown(Math.round((assessed / children) * 1000) / 1000),
  childInNeed: shown(cin),
  childInNeedRate: shown(Math.round((cin / children) * 1000) / 1000),
  childProtection: shown(cp),
  childProtectionRate: shown(Math.round((cp / children) * 1000) / 1000),
});

describe('Social gradient', () => {
  let t: TestApp;
  let w: ReportWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await ReportWorld.create(t);
    const q = (sql: string, params: unknown[]) => t.dataSource.query(sql, params);
    const family = async (decile: number | null) => {
      const id = await w.family();
      if (decile) {
        await q(
          `INSERT INTO socio_economic_context (family_id, recorded_on, housing, employment, deprivation_decile, recorded_by_user_id) VALUES ($1, '2024-06-01', 'SECURE', 'EMPLOYED', $2, $3)`,
          [id, decile, w.managerA.id],
        );
      }
      return id;
    };
    const child = async (familyId: string, ethnicityGroup: string, journey: { assessed?: boolean; levels?: string[] } = {}) => {
      const id = await w.person({ ethnicityGroup, dateOfBirth: '2016-01-01' });
      await q(`INSERT INTO family_membership (family_id, person_id, kind, joined_on) VALUES ($1, $2, 'CHILD', '2016-01-01')`, [familyId, id]);
      if (journey.assessed) {
        await q(
          `INSERT INTO assessment (family_id, child_id, assessed_on, agency_id, factors, primary_need, outcome, recorded_by_user_id) VALUES ($1, $2, '2025-03-01', $3, '{3B}', 'N1', 'CIN', $4)`,
          [familyId, id, w.agencyA.id, w.managerA.id],
        );
      }
      if (journey.levels?.length) {
        const [episode] = await q(`INSERT INTO episode (family_id, child_id, level, opened_on) VALUES ($1, $2, $3, '2025-03-10') RETURNING id`, [
          familyId,
          id,
          journey.levels.at(-1),
        ]);
        let from = 'NONE';
        for (const [i, level] of journey.levels.entries()) {
          await q(`INSERT INTO episode_transition (episode_id, kind, from_level, to_level, occurred_on, decided_by_user_id) VALUES ($1, $2, $3, $4, $5, $6)`, [
            episode.id,
            i === 0 ? 'OPEN' : 'STEP_UP',
            from,
            level,
            `2025-0${3 + i}-10`,
            w.managerA.id,
          ]);
          from = level;
        }
      }
    };
    // The most deprived decile: six children, five assessed, three on CIN plans, one of whom stepped up to a CP plan.
    const poorest = await family(1);
    await child(poorest, 'WHITE', { assessed: true, levels: ['CIN', 'CP_PLAN'] });
    await child(poorest, 'WHITE', { assessed: true, levels: ['CIN'] });
    await child(poorest, 'WHITE', { assessed: true, levels: ['CIN'] });
    await child(poorest, 'WHITE', { assessed: true });
    await child(poorest, 'BLACK', { assessed: true });
    await child(poorest, 'BLACK');
    // Decile 7: two children, never assessed. No decile recorded: one child, assessed.
    const better = await family(7);
    await child(better, 'WHITE');
    await child(better, 'WHITE');
    await child(await family(null), 'ASIAN', { assessed: true });
  });

  afterAll(() => t.close());

  it('gives a manager the rates by deprivation decile and by ethnicity', async () => {
    const { data, errors } = await t.gql(GRADIENT, { filters: { period: PERIOD } }, { token: w.managerA.token });
    expect(errors).toBeUndefined();
    expect(data.socialGradient).toEqual({
      suppressionApplied: false,
      total: row('ALL', 9, 6, 3, 1),
      byDeprivationDecile: [row('1', 6, 5, 3, 1), row('7', 2, 0, 0, 0), row('NOT_RECORDED', 1, 1, 0, 0)],
      byEthnicity: [row('ASIAN', 1, 1, 0, 0), row('BLACK', 2, 1, 0, 0), row('WHITE', 6, 4, 3, 1)],
    });
  });

  it('suppresses small groups for an analyst, and any figure that would reveal one', async () => {
    const { data, errors } = await t.gql(GRADIENT, { filters: { period: PERIOD, agencyId: w.agencyA.id } }, { token: w.analyst.token });
    expect(errors).toBeUndefined();
    const g = data.socialGradient;
    expect(g.total.children).toEqual(shown(9));
    expect(g.total.assessed).toEqual(SUPPRESSED); // 9 - 6 would reveal the 3 not assessed
    expect(g.byDeprivationDecile[0].children).toEqual(shown(6));
    expect(g.byDeprivationDecile[1].children).toEqual(SUPPRESSED);
    expect(g.byDeprivationDecile[2].children).toEqual(SUPPRESSED);
    expect(g.byEthnicity.find((r: any) => r.group === 'ASIAN').assessedRate).toEqual(SUPPRESSED);
    const all = [g.total, ...g.byDeprivationDecile, ...g.byEthnicity].flatMap((r: any) => [r.children, r.assessed, r.childInNeed, r.childProtection]);
    for (const cell of all) expect(cell.suppressed ? cell.value === null : cell.value === 0 || cell.value >= 5).toBe(true);
  });
});
