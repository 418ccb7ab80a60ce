import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@waymark/platform';
import { SqlParams } from '../report-sql';
import { ReportScope } from '../report-scope.service';
import { CellRef, SuppressionTable } from '../suppression/suppression';
import { ActionOutcomeCountsModel, ActionReviewReportModel } from './action-review-report.model';

const MEASURES = [
  'agreed',
  'completedOnTime',
  'completedLate',
  'notDoneCircumstancesChanged',
  'notDoneAgencyDidNotAct',
  'closedOtherwise',
  'stillOpen',
] as const;
type Measure = (typeof MEASURES)[number];
type Counts = Record<Measure, number> & { agencyId: string; agencyName: string };

/**
 * How MARAC actions ended, by owning agency: one set-based query. An action's first due date is the
 * one before its first review (action_review.previous_due_on), or its due date if never reviewed.
 */
@Injectable()
export class ActionReviewReport {
  constructor(private readonly db: TransactionalConnection) {}

  async run(ctx: RequestContext, scope: ReportScope): Promise<ActionReviewReportModel> {
    const sql = new SqlParams();
    const rows: Counts[] = await this.db.manager(ctx).query(
      `WITH actions AS (
         SELECT a.owning_agency_id, a.status, a.completed_on,
                coalesce((SELECT r.previous_due_on FROM action_review r WHERE r.action_id = a.id ORDER BY r.reviewed_at LIMIT 1), a.due_on) AS first_due_on,
                (SELECT r.outcome FROM action_review r WHERE r.action_id = a.id ORDER BY r.reviewed_at DESC LIMIT 1) AS last_outcome
           FROM meeting_action a JOIN meeting m ON m.id = a.meeting_id
          WHERE m.type = 'MARAC' AND m.status <> 'CANCELLED'
            AND (m.starts_at AT TIME ZONE 'UTC')::date BETWEEN ${sql.param(scope.from)}::date AND ${sql.param(scope.to)}::date
            AND (${sql.param(scope.agencyId)}::uuid IS NULL OR a.organising_agency_id = $${sql.values.length}))
       SELECT x.owning_agency_id AS "agencyId", ag.name AS "agencyName",
              count(*)::int AS agreed,
              count(*) FILTER (WHERE status = 'DONE' AND completed_on <= first_due_on)::int AS "completedOnTime",
              count(*) FILTER (WHERE status = 'DONE' AND completed_on > first_due_on)::int AS "completedLate",
              count(*) FILTER (WHERE status = 'CANCELLED' AND last_outcome = 'NOT_DONE_CIRCUMSTANCES_CHANGED')::int AS "notDoneCircumstancesChanged",
              count(*) FILTER (WHERE status = 'CANCELLED' AND last_outcome = 'NOT_DONE_AGENCY_DID_NOT_ACT')::int AS "notDoneAgencyDidNotAct",
              count(*) FILTER (WHERE status = 'CANCELLED' AND last_outcome IS DISTINCT FROM 'NOT_DONE_CIRCUMSTANCES_CHANGED'
                                 AND last_outcome IS DISTINCT FROM 'NOT_DONE_AGENCY_DID_NOT_ACT')::int AS "closedOtherwise",
              count(*) FILTER (WHERE status = 'OPEN')::int AS "stillOpen"
         FROM actions x JOIN agency ag ON ag.id = x.owning_agency_id
        GROUP BY x.owning_agency_id, ag.name ORDER BY ag.name`,
      sql.values,
    );

    const t = new SuppressionTable(scope.suppress);
    const register = (counts: Record<Measure, number>): Record<Measure, CellRef> => {
      const refs = Object.fromEntries(MEASURES.map((m) => [m, t.cell(counts[m])])) as Record<Measure, CellRef>;
      t.group(
        refs.agreed,
        MEASURES.filter((m) => m !== 'agreed').map((m) => refs[m]),
      );
      return refs;
    };
    const totals = Object.fromEntries(MEASURES.map((m) => [m, rows.reduce((sum, row) => sum + row[m], 0)])) as Record<Measure, number>;
    const totalRefs = register(totals);
    const agencyRefs = rows.map((row) => ({ row, refs: register(row) }));
    for (const m of MEASURES)
      t.group(
        totalRefs[m],
        agencyRefs.map((a) => a.refs[m]),
      );
    const shown = (agencyId: string | null, agencyName: string, refs: Record<Measure, CellRef>): ActionOutcomeCountsModel =>
      ({ agencyId, agencyName, ...Object.fromEntries(MEASURES.map((m) => [m, t.count(refs[m])])) }) as ActionOutcomeCountsModel;
    return {
      from: scope.from!,
      to: scope.to!,
      suppressionApplied: scope.suppress,
      total: shown(null, 'All agencies', totalRefs),
      byAgency: agencyRefs.map((a) => shown(a.row.agencyId, a.row.agencyName, a.refs)),
    };
  }
}
