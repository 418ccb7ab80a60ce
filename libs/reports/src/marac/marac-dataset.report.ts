import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@waymark/platform';
import { agendaItemsInScope, SqlParams } from '../report-sql';
import { ReportScope } from '../report-scope.service';
import { SuppressionTable } from '../suppression/suppression';
import { MaracDatasetModel } from './marac-dataset.model';

interface CaseTotals {
  cases: number;
  repeats: number;
  withChildren: number;
  victims: number;
  minoritised: number;
  disabled: number;
  male: number;
}

/** The MARAC dataset (docs/domain.md §6): two set-based queries over the MARAC items in scope. */
@Injectable()
export class MaracDatasetReport {
  constructor(private readonly db: TransactionalConnection) {}

  async run(ctx: RequestContext, scope: ReportScope): Promise<MaracDatasetModel> {
    const maracScope = { ...scope, meetingType: 'MARAC' };
    const totalsSql = new SqlParams();
    const [totals]: CaseTotals[] = await this.db.manager(ctx).query(
      `WITH items AS (${agendaItemsInScope(maracScope, totalsSql)}),
       cases AS (
         SELECT i.id, coalesce(r.is_repeat_marac, false) AS repeat,
                EXISTS (SELECT 1 FROM family_membership fm WHERE fm.family_id = i.family_id AND fm.kind = 'CHILD'
                          AND fm.joined_on <= i.held_on AND (fm.left_on IS NULL OR fm.left_on > i.held_on)) AS with_children
           FROM items i JOIN agenda_item ai ON ai.id = i.id LEFT JOIN referral r ON r.id = ai.marac_referral_id),
       victims AS (
         SELECT p.ethnicity_group, p.gender, nullif(btrim(p.disability), '') IS NOT NULL AS disabled
           FROM items i JOIN agenda_item_person aip ON aip.agenda_item_id = i.id AND aip.scope_role = 'ADULT_VICTIM'
           JOIN person p ON p.id = aip.person_id)
       SELECT (SELECT count(*) FROM cases)::int AS cases,
              (SELECT count(*) FILTER (WHERE repeat) FROM cases)::int AS repeats,
              (SELECT count(*) FILTER (WHERE with_children) FROM cases)::int AS "withChildren",
              (SELECT count(*) FROM victims)::int AS victims,
              (SELECT count(*) FILTER (WHERE ethnicity_group IN ('MIXED', 'ASIAN', 'BLACK', 'OTHER')) FROM victims)::int AS minoritised,
              (SELECT count(*) FILTER (WHERE disabled) FROM victims)::int AS disabled,
              (SELECT count(*) FILTER (WHERE gender = 'MALE') FROM victims)::int AS male`,
      totalsSql.values,
    );
    const sourcesSql = new SqlParams();
    const sources: Array<{ agencyKind: string; cases: number }> = await this.db.manager(ctx).query(
      `SELECT coalesce(a.kind, 'NOT_RECORDED') AS "agencyKind", count(*)::int AS cases
         FROM (${agendaItemsInScope(maracScope, sourcesSql)}) i
         JOIN agenda_item ai ON ai.id = i.id
         LEFT JOIN referral r ON r.id = ai.marac_referral_id
         LEFT JOIN agency a ON a.id = r.from_agency_id
        GROUP BY 1 ORDER BY 1`,
      sourcesSql.values,
    );

    const t = new SuppressionTable(scope.suppress);
    const cases = t.cell(totals.cases);
    const repeats = t.cell(totals.repeats);
    t.group(cases, [repeats, t.cell(totals.cases - totals.repeats)]);
    const withChildren = t.cell(totals.withChildren);
    t.group(cases, [withChildren, t.cell(totals.cases - totals.withChildren)]);
    const sourceRefs = sources.map((s) => ({ agencyKind: s.agencyKind, ref: t.cell(s.cases) }));
    t.group(
      cases,
      sourceRefs.map((s) => s.ref),
    );
    const victims = t.cell(totals.victims);
    const part = (n: number) => {
      const ref = t.cell(n);
      t.group(victims, [ref, t.cell(totals.victims - n)]);
      return ref;
    };
    const minoritised = part(totals.minoritised);
    const disabled = part(totals.disabled);
    const male = part(totals.male);

    return {
      from: scope.from!,
      to: scope.to!,
      suppressionApplied: scope.suppress,
      casesDiscussed: t.count(cases),
      repeatCases: t.count(repeats),
      repeatRate: t.rate(repeats, cases),
      casesWithChildren: t.count(withChildren),
      referralsBySource: sourceRefs.map((s) => ({ agencyKind: s.agencyKind, cases: t.count(s.ref) })),
      victims: t.count(victims),
      victimsFromMinoritisedGroups: t.count(minoritised),
      shareMinoritised: t.rate(minoritised, victims),
      victimsDisabled: t.count(disabled),
      shareDisabled: t.rate(disabled, victims),
      victimsMale: t.count(male),
      shareMale: t.rate(male, victims),
      measuresNotRecorded: ['VICTIMS_LGBT_PLUS'],
    };
  }
}
