import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@waymark/platform';
import { familyInTeam, SqlParams } from '../report-sql';
import { ReportScope } from '../report-scope.service';
import { CellRef, SuppressionTable } from '../suppression/suppression';
import { SocialGradientModel, SocialGradientRowModel } from './social-gradient.model';

interface Row {
  dimension: 'decile' | 'ethnicity';
  grp: string;
  children: number;
  assessed: number;
  cin: number;
  cp: number;
}
type Measure = 'children' | 'assessed' | 'cin' | 'cp';
const MEASURES: Measure[] = ['children', 'assessed', 'cin', 'cp'];

/** Rates by deprivation decile and ethnicity (docs/domain.md §6): one grouped query with GROUPING SETS. */
@Injectable()
export class SocialGradientReport {
  constructor(private readonly db: TransactionalConnection) {}

  async run(ctx: RequestContext, scope: ReportScope): Promise<SocialGradientModel> {
    const p = new SqlParams();
    const from = p.param(scope.from);
    const to = p.param(scope.to);
    const rows: Row[] = await this.db.manager(ctx).query(
      `WITH kids AS (
         SELECT DISTINCT ON (m.person_id) m.person_id, f.id AS family_id, per.ethnicity_group,
                (SELECT s.deprivation_decile FROM socio_economic_context s WHERE s.family_id = f.id AND s.recorded_on <= ${to}::date
                  ORDER BY s.recorded_on DESC, s.recorded_at DESC LIMIT 1) AS decile
           FROM family_membership m JOIN family f ON f.id = m.family_id JOIN person per ON per.id = m.person_id
          WHERE m.kind = 'CHILD' AND m.joined_on <= ${to}::date AND (m.left_on IS NULL OR m.left_on >= ${from}::date)
            AND (${p.param(scope.agencyId)}::uuid IS NULL OR f.agency_id = $3)
            AND ${familyInTeam('f.id', scope, p)}
          ORDER BY m.person_id, m.joined_on DESC),
       flagged AS (
         SELECT k.*,
                EXISTS (SELECT 1 FROM assessment a WHERE a.child_id = k.person_id AND a.assessed_on BETWEEN ${from}::date AND ${to}::date) AS assessed,
                EXISTS (SELECT 1 FROM episode e JOIN episode_transition t ON t.episode_id = e.id
                         WHERE e.child_id = k.person_id AND t.to_level = 'CIN' AND t.occurred_on <= ${to}::date
                           AND (e.closed_on IS NULL OR e.closed_on >= ${from}::date)) AS cin,
                EXISTS (SELECT 1 FROM episode e JOIN episode_transition t ON t.episode_id = e.id
                         WHERE e.child_id = k.person_id AND t.to_level = 'CP_PLAN' AND t.occurred_on <= ${to}::date
                           AND (e.closed_on IS NULL OR e.closed_on >= ${from}::date)) AS cp
           FROM kids k)
       SELECT CASE WHEN GROUPING(decile_group) = 0 THEN 'decile' ELSE 'ethnicity' END AS dimension,
              coalesce(decile_group, ethnicity_group) AS grp,
              count(*)::int AS children, count(*) FILTER (WHERE assessed)::int AS assessed,
              count(*) FILTER (WHERE cin)::int AS cin, count(*) FILTER (WHERE cp)::int AS cp
         FROM (SELECT f.*, coalesce(f.decile::text, 'NOT_RECORDED') AS decile_group FROM flagged f) x
        GROUP BY GROUPING SETS ((decile_group), (ethnicity_group))
        ORDER BY 1, CASE WHEN coalesce(decile_group, ethnicity_group) ~ '^[0-9]+$' THEN lpad(coalesce(decile_group, ethnicity_group), 2, '0') ELSE coalesce(decile_group, ethnicity_group) END`,
      p.values,
    );

    const t = new SuppressionTable(scope.suppress);
    const deciles = rows.filter((r) => r.dimension === 'decile');
    const ethnicities = rows.filter((r) => r.dimension === 'ethnicity');
    const sum = (list: Row[], m: Measure) => list.reduce((acc, r) => acc + r[m], 0);
    const register = (r: Pick<Row, Measure>) => {
      const refs = Object.fromEntries(MEASURES.map((m) => [m, t.cell(r[m])])) as Record<Measure, CellRef>;
      // Each measure is a subset of the children: the complement is subtractable, so it is a cell too.
      for (const m of ['assessed', 'cin', 'cp'] as const) t.group(refs.children, [refs[m], t.cell(r.children - r[m])]);
      return refs;
    };
    const totalRow = { children: sum(deciles, 'children'), assessed: sum(deciles, 'assessed'), cin: sum(deciles, 'cin'), cp: sum(deciles, 'cp') };
    const total = register(totalRow);
    const decileRefs = deciles.map((r) => ({ group: r.grp, refs: register(r) }));
    const ethnicityRefs = ethnicities.map((r) => ({ group: r.grp, refs: register(r) }));
    for (const m of MEASURES) {
      t.group(
        total[m],
        decileRefs.map((d) => d.refs[m]),
      );
      t.group(
        total[m],
        ethnicityRefs.map((d) => d.refs[m]),
      );
    }
    const row = (group: string, refs: Record<Measure, CellRef>): SocialGradientRowModel => ({
      group,
      children: t.count(refs.children),
      assessed: t.count(refs.assessed),
      assessedRate: t.rate(refs.assessed, refs.children),
      childInNeed: t.count(refs.cin),
      childInNeedRate: t.rate(refs.cin, refs.children),
      childProtection: t.count(refs.cp),
      childProtectionRate: t.rate(refs.cp, refs.children),
    });
    return {
      from: scope.from!,
      to: scope.to!,
      suppressionApplied: scope.suppress,
      total: row('ALL', total),
      byDeprivationDecile: decileRefs.map((d) => row(d.group, d.refs)),
      byEthnicity: ethnicityRefs.map((d) => row(d.group, d.refs)),
    };
  }
}
