import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, RequestContext, TransactionalConnection } from '@waymark/platform';
import { SqlParams } from '../report-sql';
import { ReportScope } from '../report-scope.service';
import { revolvingDoorSources } from '../revolving-door/revolving-door.sql';
import { CellRef, SuppressionTable } from '../suppression/suppression';
import { monthsOf } from './months';
import { RevolvingDoorTrendModel } from './report-trends.model';

interface MonthRow {
  month: string;
  csc: number;
  reReferrals: number;
  marac: number;
  repeats: number;
  closed: number;
  afterSeparation: number;
}

/**
 * The revolving-door report month by month, from the same CTEs as the period report, in one
 * grouped query. Each month's parts are declared with their complements (re-referrals and the
 * other CSC referrals make the CSC referrals), so secondary suppression protects each month.
 */
@Injectable()
export class RevolvingDoorTrendReport {
  constructor(
    private readonly db: TransactionalConnection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(ctx: RequestContext, scope: ReportScope): Promise<RevolvingDoorTrendModel> {
    const p = new SqlParams();
    const sources = revolvingDoorSources(scope, p, this.config.reports.reReferralWindowMonths);
    const months = p.param(monthsOf(scope.from!, scope.to!).map((m) => m.month));
    const rows: MonthRow[] = await this.db.manager(ctx).query(
      `WITH ${sources},
       months AS (SELECT unnest(${months}::date[]) AS month),
       csc_m AS (SELECT date_trunc('month', submitted_on)::date AS month, count(*)::int AS n, count(*) FILTER (WHERE re_referral)::int AS re FROM csc GROUP BY 1),
       marac_m AS (SELECT date_trunc('month', submitted_on)::date AS month, count(*)::int AS n, count(*) FILTER (WHERE is_repeat_marac)::int AS re FROM marac GROUP BY 1),
       closed_m AS (SELECT date_trunc('month', closed_on)::date AS month, count(*)::int AS n, count(*) FILTER (WHERE after_separation)::int AS re FROM closed GROUP BY 1)
       SELECT to_char(m.month, 'YYYY-MM-DD') AS month,
              coalesce(c.n, 0) AS csc, coalesce(c.re, 0) AS "reReferrals",
              coalesce(r.n, 0) AS marac, coalesce(r.re, 0) AS repeats,
              coalesce(x.n, 0) AS closed, coalesce(x.re, 0) AS "afterSeparation"
         FROM months m
         LEFT JOIN csc_m c ON c.month = m.month
         LEFT JOIN marac_m r ON r.month = m.month
         LEFT JOIN closed_m x ON x.month = m.month
        ORDER BY m.month`,
      p.values,
    );

    const t = new SuppressionTable(scope.suppress);
    const split = (all: number, part: number): [CellRef, CellRef] => {
      const total = t.cell(all);
      const ref = t.cell(part);
      t.group(total, [ref, t.cell(all - part)]);
      return [total, ref];
    };
    const cells = rows.map((row) => ({
      month: row.month,
      csc: split(row.csc, row.reReferrals),
      marac: split(row.marac, row.repeats),
      closed: split(row.closed, row.afterSeparation),
    }));
    return {
      from: scope.from!,
      to: scope.to!,
      suppressionApplied: scope.suppress,
      months: cells.map(({ month, csc, marac, closed }) => ({
        month,
        cscReferrals: t.count(csc[0]),
        reReferrals: t.count(csc[1]),
        reReferralRate: t.rate(csc[1], csc[0]),
        maracReferrals: t.count(marac[0]),
        repeatMaracReferrals: t.count(marac[1]),
        repeatMaracRate: t.rate(marac[1], marac[0]),
        episodesClosed: t.count(closed[0]),
        closedAfterSeparation: t.count(closed[1]),
      })),
    };
  }
}
