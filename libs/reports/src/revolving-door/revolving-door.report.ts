import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, RequestContext, TransactionalConnection } from '@waymark/platform';
import { SqlParams } from '../report-sql';
import { revolvingDoorSources } from './revolving-door.sql';
import { ReportScope } from '../report-scope.service';
import { CellRef, SuppressionTable } from '../suppression/suppression';
import { AfterSeparationClosureModel, RevolvingDoorModel } from './revolving-door.model';

interface Totals {
  cscReferrals: number;
  reReferrals: number;
  maracReferrals: number;
  repeatMarac: number;
  closed: number;
  afterSeparation: number;
  reReferred6: number;
  incident6: number;
  reconciled6: number;
  reReferred12: number;
  incident12: number;
  reconciled12: number;
}

/**
 * Revolving door and closures (docs/domain.md §1.1, §1.2, §6), one query. Agency scope: referrals to or from the
 * agency, episodes of its families. The post-separation timing rule is the POST_SEPARATION_CLOSURE
 * signal's, with the same configurable number of days (signal settings).
 */
@Injectable()
export class RevolvingDoorReport {
  constructor(
    private readonly db: TransactionalConnection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(ctx: RequestContext, scope: ReportScope): Promise<RevolvingDoorModel> {
    const p = new SqlParams();
    const [totals]: Totals[] = await this.db.manager(ctx).query(
      `WITH ${revolvingDoorSources(scope, p, this.config.reports.reReferralWindowMonths)},
       followed AS (
         SELECT c.*,
                (SELECT min(r.referred_on) FROM referral r JOIN service s ON s.id = r.service_id
                  WHERE r.subject_person_id = c.child_id AND s.type = 'CHILDRENS_SOCIAL_CARE' AND r.status <> 'DRAFT' AND r.referred_on > c.closed_on) AS re_referred_on,
                (SELECT min(i.occurred_on) FROM incident i WHERE i.family_id = c.family_id AND i.occurred_on > c.closed_on) AS incident_on,
                (SELECT min(x.occurred_on) FROM couple_status_event x WHERE x.family_id = c.family_id AND x.status = 'RECONCILED' AND x.occurred_on > c.closed_on) AS reconciled_on
           FROM closed c WHERE c.after_separation)
       SELECT (SELECT count(*) FROM csc)::int AS "cscReferrals",
              (SELECT count(*) FILTER (WHERE re_referral) FROM csc)::int AS "reReferrals",
              (SELECT count(*) FROM marac)::int AS "maracReferrals",
              (SELECT count(*) FILTER (WHERE is_repeat_marac) FROM marac)::int AS "repeatMarac",
              (SELECT count(*) FROM closed)::int AS closed,
              (SELECT count(*) FROM followed)::int AS "afterSeparation",
              (SELECT count(*) FILTER (WHERE re_referred_on <= (closed_on + interval '6 months')::date) FROM followed)::int AS "reReferred6",
              (SELECT count(*) FILTER (WHERE incident_on <= (closed_on + interval '6 months')::date) FROM followed)::int AS "incident6",
              (SELECT count(*) FILTER (WHERE reconciled_on <= (closed_on + interval '6 months')::date) FROM followed)::int AS "reconciled6",
              (SELECT count(*) FILTER (WHERE re_referred_on <= (closed_on + interval '12 months')::date) FROM followed)::int AS "reReferred12",
              (SELECT count(*) FILTER (WHERE incident_on <= (closed_on + interval '12 months')::date) FROM followed)::int AS "incident12",
              (SELECT count(*) FILTER (WHERE reconciled_on <= (closed_on + interval '12 months')::date) FROM followed)::int AS "reconciled12"`,
      p.values,
    );

    const t = new SuppressionTable(scope.suppress);
    const split = (total: CellRef, n: number, all: number) => {
      const ref = t.cell(n);
      t.group(total, [ref, t.cell(all - n)]);
      return ref;
    };
    const csc = t.cell(totals.cscReferrals);
    const reReferrals = split(csc, totals.reReferrals, totals.cscReferrals);
    const marac = t.cell(totals.maracReferrals);
    const repeats = split(marac, totals.repeatMarac, totals.maracReferrals);
    const closed = t.cell(totals.closed);
    const afterSeparation = split(closed, totals.afterSeparation, totals.closed);
    const followUp = (reReferred: number, incident: number, reconciled: number) => ({
      reReferred: split(afterSeparation, reReferred, totals.afterSeparation),
      newIncident: split(afterSeparation, incident, totals.afterSeparation),
      reconciliation: split(afterSeparation, reconciled, totals.afterSeparation),
    });
    const six = followUp(totals.reReferred6, totals.incident6, totals.reconciled6);
    const twelve = followUp(totals.reReferred12, totals.incident12, totals.reconciled12);
    // Twelve months contain six: the difference is a cell an attacker could compute, so protect it too.
    for (const key of ['reReferred', 'newIncident', 'reconciliation'] as const) {
      const later = {
        reReferred: totals.reReferred12 - totals.reReferred6,
        newIncident: totals.incident12 - totals.incident6,
        reconciliation: totals.reconciled12 - totals.reconciled6,
      }[key];
      t.group(twelve[key], [six[key], t.cell(later)]);
    }
    const after = (w: typeof six): AfterSeparationClosureModel => ({
      reReferred: t.count(w.reReferred),
      shareReReferred: t.rate(w.reReferred, afterSeparation),
      newIncident: t.count(w.newIncident),
      shareNewIncident: t.rate(w.newIncident, afterSeparation),
      reconciliation: t.count(w.reconciliation),
      shareReconciliation: t.rate(w.reconciliation, afterSeparation),
    });
    return {
      from: scope.from!,
      to: scope.to!,
      suppressionApplied: scope.suppress,
      cscReferrals: t.count(csc),
      reReferrals: t.count(reReferrals),
      reReferralRate: t.rate(reReferrals, csc),
      maracReferrals: t.count(marac),
      repeatMaracReferrals: t.count(repeats),
      repeatMaracRate: t.rate(repeats, marac),
      episodesClosed: t.count(closed),
      closedAfterSeparation: t.count(afterSeparation),
      withinSixMonths: after(six),
      withinTwelveMonths: after(twelve),
    };
  }
}
