import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@waymark/platform';
import { agendaItemsInScope, SqlParams } from '../report-sql';
import { ReportScope } from '../report-scope.service';
import { CellRef, SUPPRESSED_COUNT, SuppressionTable } from '../suppression/suppression';

/** SafeLives' referring-agency groups, from the kind of agency that made the MARAC referral. */
const REFERRER_GROUPS: Array<[string, string[]]> = [
  ['police', ['POLICE']],
  ['idva', ['IDVA_SERVICE']],
  ['childrens_social_care', ['CHILDRENS_SOCIAL_CARE', 'EARLY_HELP']],
  ['health', ['HEALTH_GP', 'HEALTH_VISITING', 'MIDWIFERY', 'EMERGENCY_DEPARTMENT', 'HEALTH_OTHER', 'ADULT_MENTAL_HEALTH', 'CAMHS']],
  ['housing', ['HOUSING']],
  ['probation', ['PROBATION']],
  ['education', ['EDUCATION']],
  ['substance_misuse', ['SUBSTANCE_MISUSE_SERVICE']],
  ['voluntary_sector', ['VOLUNTARY_SECTOR', 'SPECIALIST_DVA_SERVICE', 'CHILDRENS_DVA_SERVICE', 'PERPETRATOR_PROGRAMME_PROVIDER']],
];

export const DATA_RETURN_COLUMNS = [
  'period_from',
  'period_to',
  'cases_discussed',
  'repeat_cases',
  'cases_with_children',
  'children_in_households',
  ...REFERRER_GROUPS.map(([group]) => `referrals_from_${group}`),
  'referrals_from_not_recorded',
  'victims',
  'victims_male',
  'victims_disabled',
  'victims_from_minoritised_groups',
  'victims_lgbt_plus',
];

/** The person record holds no sexual orientation or gender identity, so SafeLives' LGBT+ figure is not recorded rather than 0. */
export const NOT_RECORDED = 'not recorded';

interface Totals {
  cases: number;
  repeats: number;
  withChildren: number;
  children: number;
  victims: number;
  male: number;
  disabled: number;
  minoritised: number;
}

/**
 * The SafeLives MARAC data return for a period, one row in SafeLives' columns, from the MARAC cases
 * (agenda items) discussed at MARACs held in it. The same definitions as the MARAC dataset
 * (docs/domain.md §6); children in households counts each child living in the family on the day of
 * its MARAC. Suppressed when the scope says so (analysts); the coordinator's own return is exact.
 */
@Injectable()
export class MaracDataReturn {
  constructor(private readonly db: TransactionalConnection) {}

  async row(ctx: RequestContext, scope: ReportScope): Promise<Array<string | number>> {
    const maracScope = { ...scope, meetingType: 'MARAC' };
    const sql = new SqlParams();
    const [totals]: Totals[] = await this.db.manager(ctx).query(
      `WITH items AS (${agendaItemsInScope(maracScope, sql)}),
       cases AS (
         SELECT i.id, coalesce(r.is_repeat_marac, false) AS repeat, a.kind AS referrer_kind,
                (SELECT count(*) FROM family_membership fm WHERE fm.family_id = i.family_id AND fm.kind = 'CHILD'
                   AND fm.joined_on <= i.held_on AND (fm.left_on IS NULL OR fm.left_on > i.held_on)) AS children
           FROM items i JOIN agenda_item ai ON ai.id = i.id
           LEFT JOIN referral r ON r.id = ai.marac_referral_id LEFT JOIN agency a ON a.id = r.from_agency_id),
       victims AS (
         SELECT p.ethnicity_group, p.gender, nullif(btrim(p.disability), '') IS NOT NULL AS disabled
           FROM items i JOIN agenda_item_person aip ON aip.agenda_item_id = i.id AND aip.scope_role = 'ADULT_VICTIM'
           JOIN person p ON p.id = aip.person_id)
       SELECT (SELECT count(*) FROM cases)::int AS cases,
              (SELECT count(*) FILTER (WHERE repeat) FROM cases)::int AS repeats,
              (SELECT count(*) FILTER (WHERE children > 0) FROM cases)::int AS "withChildren",
              (SELECT coalesce(sum(children), 0) FROM cases)::int AS children,
              (SELECT count(*) FROM victims)::int AS victims,
              (SELECT count(*) FILTER (WHERE gender = 'MALE') FROM victims)::int AS male,
              (SELECT count(*) FILTER (WHERE disabled) FROM victims)::int AS disabled,
              (SELECT count(*) FILTER (WHERE ethnicity_group IN ('MIXED', 'ASIAN', 'BLACK', 'OTHER')) FROM victims)::int AS minoritised,
              (SELECT coalesce(json_object_agg(kind, n), '{}') FROM (SELECT coalesce(referrer_kind, 'NOT_RECORDED') AS kind, count(*)::int AS n FROM cases GROUP BY 1) k) AS "byKind"`,
      sql.values,
    );
    const byKind = (totals as unknown as { byKind: Record<string, number> }).byKind;

    const t = new SuppressionTable(scope.suppress);
    const cell = (n: number) => t.cell(n);
    const cases = cell(totals.cases);
    const repeats = cell(totals.repeats);
    t.group(cases, [repeats, cell(totals.cases - totals.repeats)]);
    const withChildren = cell(totals.withChildren);
    t.group(cases, [withChildren, cell(totals.cases - totals.withChildren)]);
    const children = cell(totals.children);
    const grouped = new Set(REFERRER_GROUPS.flatMap(([, kinds]) => kinds));
    const sources = [
      ...REFERRER_GROUPS.map(([, kinds]) => cell(kinds.reduce((sum, kind) => sum + (byKind[kind] ?? 0), 0))),
      cell(Object.entries(byKind).reduce((sum, [kind, n]) => sum + (grouped.has(kind) ? 0 : n), 0)),
    ];
    t.group(cases, sources);
    const victims = cell(totals.victims);
    const partOfVictims = (n: number) => {
      const ref = cell(n);
      t.group(victims, [ref, cell(totals.victims - n)]);
      return ref;
    };
    const male = partOfVictims(totals.male);
    const disabled = partOfVictims(totals.disabled);
    const minoritised = partOfVictims(totals.minoritised);

    const shown = (ref: CellRef): string | number => {
      const { value, suppressed } = t.count(ref);
      return suppressed ? SUPPRESSED_COUNT : value!;
    };
    return [scope.from!, scope.to!, ...[cases, repeats, withChildren, children, ...sources, victims, male, disabled, minoritised].map(shown), NOT_RECORDED];
  }
}
