import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@waymark/platform';
import { familyInTeam, SqlParams } from '../report-sql';
import { ReportScope } from '../report-scope.service';
import { SuppressionTable } from '../suppression/suppression';
import { monthsOf } from './months';
import { OpenSignalsTrendModel } from './report-trends.model';

interface MonthRow {
  month: string;
  asOf: string;
  open: number;
  raised: number;
}

/**
 * Open signals at each month's end, read from the signals' own history (risk_signal_event: RAISED,
 * REOPENED, RESOLVED) as spans of time open, so a signal resolved in March and re-opened in May is
 * open at the end of February and May but not April. A signal with no recorded history falls back
 * on its row (first raised, resolved). Same agency and team scope as the signals overview: the
 * agency's families, those currently allocated to the team. Days are UTC, as elsewhere in reports.
 */
@Injectable()
export class OpenSignalsTrendReport {
  constructor(private readonly db: TransactionalConnection) {}

  async run(ctx: RequestContext, scope: ReportScope): Promise<OpenSignalsTrendModel> {
    const p = new SqlParams();
    const months = monthsOf(scope.from!, scope.to!);
    const agency = p.param(scope.agencyId);
    const rows: MonthRow[] = await this.db.manager(ctx).query(
      `WITH scoped AS (
         SELECT s.id, s.first_raised_at, s.state, s.resolved_at
           FROM risk_signal s JOIN family f ON f.id = s.family_id
          WHERE (${agency}::uuid IS NULL OR f.agency_id = ${agency}) AND ${familyInTeam('f.id', scope, p)}),
       changes AS (
         SELECT e.signal_id, e.occurred_at, e.kind <> 'RESOLVED' AS opens
           FROM risk_signal_event e JOIN scoped ON scoped.id = e.signal_id
          WHERE e.kind IN ('RAISED', 'REOPENED', 'RESOLVED')
         UNION ALL
         SELECT id, first_raised_at, true FROM scoped
          WHERE NOT EXISTS (SELECT 1 FROM risk_signal_event e WHERE e.signal_id = scoped.id AND e.kind IN ('RAISED', 'REOPENED'))
         UNION ALL
         SELECT id, resolved_at, false FROM scoped
          WHERE state = 'RESOLVED' AND resolved_at IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM risk_signal_event e WHERE e.signal_id = scoped.id AND e.kind = 'RESOLVED')),
       -- Materialised: each month's count reads it, and inlined it was computed again for every month.
       spans AS MATERIALIZED (
         SELECT signal_id, occurred_at AS opened_at, next_at AS closed_at
           FROM (SELECT c.*, lead(occurred_at) OVER (PARTITION BY signal_id ORDER BY occurred_at, opens) AS next_at FROM changes c) c
          WHERE opens),
       months AS (
         SELECT m.month, m.start, m.end_on, least(m.end_on, (now() AT TIME ZONE 'UTC')::date) AS as_of
           FROM unnest(${p.param(months.map((m) => m.month))}::date[], ${p.param(months.map((m) => m.start))}::date[], ${p.param(months.map((m) => m.end))}::date[])
                AS m (month, start, end_on))
       SELECT to_char(m.month, 'YYYY-MM-DD') AS month, to_char(m.as_of, 'YYYY-MM-DD') AS "asOf",
              (SELECT count(DISTINCT s.signal_id) FROM spans s
                WHERE s.opened_at < ((m.as_of + 1)::timestamp AT TIME ZONE 'UTC')
                  AND (s.closed_at IS NULL OR s.closed_at >= ((m.as_of + 1)::timestamp AT TIME ZONE 'UTC')))::int AS open,
              (SELECT count(*) FROM scoped s
                WHERE s.first_raised_at >= (m.start::timestamp AT TIME ZONE 'UTC')
                  AND s.first_raised_at < ((m.end_on + 1)::timestamp AT TIME ZONE 'UTC'))::int AS raised
         FROM months m
        ORDER BY m.month`,
      p.values,
    );
    // No figure here is the sum of others, so primary suppression is all there is to apply.
    const t = new SuppressionTable(scope.suppress);
    const cells = rows.map((row) => ({ ...row, openRef: t.cell(row.open), raisedRef: t.cell(row.raised) }));
    return {
      from: scope.from!,
      to: scope.to!,
      suppressionApplied: scope.suppress,
      months: cells.map((row) => ({ month: row.month, asOf: row.asOf, open: t.count(row.openRef), raised: t.count(row.raisedRef) })),
    };
  }
}
