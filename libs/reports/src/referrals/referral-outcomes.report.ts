import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@waymark/platform';
import { familyInTeam, SqlParams } from '../report-sql';
import { ReportScope } from '../report-scope.service';
import { DEFAULT_SUPPRESSION_THRESHOLD, SuppressionTable } from '../suppression/suppression';
import { ReferralOutcomesModel, ServiceTypeOutcomesModel } from './referral-outcomes.model';

interface Row {
  serviceType: string;
  referrals: number;
  submitted: number;
  acceptedNow: number;
  engagedNow: number;
  completed: number;
  disengaged: number;
  declined: number;
  withdrawn: number;
  engagedEver: number;
  decided: number;
  median: number | null;
  p90: number | null;
  eligibility: number;
  capacity: number;
  duplicate: number;
  notAppropriate: number;
  other: number;
}

/** Referral outcomes by service type (docs/domain.md §6): one grouped query, percentiles in SQL. */
@Injectable()
export class ReferralOutcomesReport {
  constructor(private readonly db: TransactionalConnection) {}

  async run(ctx: RequestContext, scope: ReportScope): Promise<ReferralOutcomesModel> {
    const p = new SqlParams();
    const rows: Row[] = await this.db.manager(ctx).query(
      `WITH r AS (
         SELECT s.type, r.status, r.decline_reason, r.first_engaged_on,
                CASE WHEN r.status NOT IN ('SUBMITTED', 'WITHDRAWN') AND r.decided_on IS NOT NULL THEN r.decided_on - r.submitted_on END AS days_to_decision
           FROM referral r JOIN service s ON s.id = r.service_id
          WHERE r.status <> 'DRAFT'
            AND r.submitted_on BETWEEN ${p.param(scope.from)}::date AND ${p.param(scope.to)}::date
            AND (${p.param(scope.agencyId)}::uuid IS NULL OR r.from_agency_id = $3 OR r.to_agency_id = $3)
            AND ${familyInTeam('r.family_id', scope, p)})
       SELECT type AS "serviceType", count(*)::int AS referrals,
              count(*) FILTER (WHERE status = 'SUBMITTED')::int AS submitted,
              count(*) FILTER (WHERE status = 'ACCEPTED')::int AS "acceptedNow",
              count(*) FILTER (WHERE status = 'ENGAGED')::int AS "engagedNow",
              count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
              count(*) FILTER (WHERE status = 'DISENGAGED')::int AS disengaged,
              count(*) FILTER (WHERE status = 'DECLINED')::int AS declined,
              count(*) FILTER (WHERE status = 'WITHDRAWN')::int AS withdrawn,
              count(*) FILTER (WHERE status IN ('ACCEPTED', 'ENGAGED', 'COMPLETED', 'DISENGAGED') AND first_engaged_on IS NOT NULL)::int AS "engagedEver",
              count(days_to_decision)::int AS decided,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY days_to_decision) AS median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY days_to_decision) AS p90,
              count(*) FILTER (WHERE decline_reason = 'ELIGIBILITY')::int AS eligibility,
              count(*) FILTER (WHERE decline_reason = 'CAPACITY')::int AS capacity,
              count(*) FILTER (WHERE decline_reason = 'DUPLICATE')::int AS duplicate,
              count(*) FILTER (WHERE decline_reason = 'NOT_APPROPRIATE')::int AS "notAppropriate",
              count(*) FILTER (WHERE decline_reason = 'OTHER')::int AS other
         FROM r GROUP BY type ORDER BY type`,
      p.values,
    );
    const t = new SuppressionTable(scope.suppress);
    const built = rows.map((row) => {
      const c = (n: number) => t.cell(n);
      const referrals = c(row.referrals);
      const awaiting = c(row.submitted);
      const accepted = c(row.acceptedNow + row.engagedNow + row.completed + row.disengaged);
      const declined = c(row.declined);
      const withdrawn = c(row.withdrawn);
      t.group(referrals, [awaiting, accepted, declined, withdrawn]);
      const completed = c(row.completed);
      const disengaged = c(row.disengaged);
      t.group(accepted, [c(row.acceptedNow), c(row.engagedNow), completed, disengaged]);
      const engaged = c(row.engagedEver);
      t.group(accepted, [engaged, c(row.acceptedNow + row.engagedNow + row.completed + row.disengaged - row.engagedEver)]);
      const reasons = {
        eligibility: c(row.eligibility),
        capacity: c(row.capacity),
        duplicate: c(row.duplicate),
        notAppropriate: c(row.notAppropriate),
        other: c(row.other),
      };
      t.group(declined, Object.values(reasons));
      // acceptance rate's denominator: a cell of its own, so it is suppressed along with its parts
      const decided = c(row.acceptedNow + row.engagedNow + row.completed + row.disengaged + row.declined);
      t.group(decided, [accepted, declined]);
      return { row, referrals, awaiting, accepted, declined, withdrawn, completed, disengaged, engaged, reasons, decided };
    });
    const days = (value: number | null, decided: number) =>
      scope.suppress && decided > 0 && decided < DEFAULT_SUPPRESSION_THRESHOLD
        ? { value: null, suppressed: true }
        : { value: value === null ? null : Math.round(Number(value) * 10) / 10, suppressed: false };

    return {
      from: scope.from!,
      to: scope.to!,
      suppressionApplied: scope.suppress,
      byServiceType: built.map((b): ServiceTypeOutcomesModel => {
        return {
          serviceType: b.row.serviceType,
          referrals: t.count(b.referrals),
          awaitingDecision: t.count(b.awaiting),
          accepted: t.count(b.accepted),
          declined: t.count(b.declined),
          withdrawn: t.count(b.withdrawn),
          acceptanceRate: t.rate(b.accepted, b.decided),
          declineReasons: {
            eligibility: t.count(b.reasons.eligibility),
            capacity: t.count(b.reasons.capacity),
            duplicate: t.count(b.reasons.duplicate),
            notAppropriate: t.count(b.reasons.notAppropriate),
            other: t.count(b.reasons.other),
          },
          engaged: t.count(b.engaged),
          completed: t.count(b.completed),
          disengaged: t.count(b.disengaged),
          completionRate: t.rate(b.completed, b.accepted),
          medianDaysToDecision: days(b.row.median, b.row.decided),
          p90DaysToDecision: days(b.row.p90, b.row.decided),
        };
      }),
    };
  }
}
