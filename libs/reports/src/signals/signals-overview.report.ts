import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@waymark/platform';
import { familyInTeam, SqlParams } from '../report-sql';
import { ReportScope } from '../report-scope.service';
import { CellRef, SuppressionTable } from '../suppression/suppression';
import { SignalsOverviewModel } from './signals-overview.model';

interface KindRow {
  kind: string;
  band1: number;
  band2: number;
  band3: number;
  band4: number;
}

/** Open risk signals by kind and age: one grouped query; kinds add up to the total, bands to each kind. */
@Injectable()
export class SignalsOverviewReport {
  constructor(private readonly db: TransactionalConnection) {}

  async run(ctx: RequestContext, scope: ReportScope): Promise<SignalsOverviewModel> {
    const sql = new SqlParams();
    const rows: KindRow[] = await this.db.manager(ctx).query(
      `WITH open_signal AS (
         SELECT s.kind, now() - s.first_raised_at AS age
           FROM risk_signal s JOIN family f ON f.id = s.family_id
          WHERE s.state <> 'RESOLVED'
            AND (${sql.param(scope.agencyId)}::uuid IS NULL OR f.agency_id = $1)
            AND ${familyInTeam('f.id', scope, sql)}
       )
       SELECT kind,
              count(*) FILTER (WHERE age < interval '7 days')::int AS band1,
              count(*) FILTER (WHERE age >= interval '7 days' AND age < interval '28 days')::int AS band2,
              count(*) FILTER (WHERE age >= interval '28 days' AND age < interval '90 days')::int AS band3,
              count(*) FILTER (WHERE age >= interval '90 days')::int AS band4
         FROM open_signal GROUP BY kind ORDER BY kind`,
      sql.values,
    );
    const t = new SuppressionTable(scope.suppress);
    const kindTotals: CellRef[] = [];
    const kinds = rows.map((row) => {
      const bands = [row.band1, row.band2, row.band3, row.band4].map((n) => t.cell(n));
      const open = t.cell(row.band1 + row.band2 + row.band3 + row.band4);
      t.group(open, bands);
      kindTotals.push(open);
      return { kind: row.kind, open, bands };
    });
    const total = t.cell(rows.reduce((sum, r) => sum + r.band1 + r.band2 + r.band3 + r.band4, 0));
    t.group(total, kindTotals);
    return {
      suppressionApplied: scope.suppress,
      open: t.count(total),
      byKind: kinds.map(({ kind, open, bands }) => ({
        kind,
        open: t.count(open),
        underOneWeek: t.count(bands[0]),
        oneToFourWeeks: t.count(bands[1]),
        fourWeeksToThreeMonths: t.count(bands[2]),
        overThreeMonths: t.count(bands[3]),
      })),
    };
  }
}
