import { CountCell, RateCell, SUPPRESSED_COUNT, SUPPRESSED_SHARE } from '../suppression/suppression';
import { AUDITED_ROLES, OUTCOME_FIELDS, ParticipationAuditModel } from '../participation/participation-audit.model';
import { MaracDatasetModel } from '../marac/marac-dataset.model';
import { ReferralOutcomesModel } from '../referrals/referral-outcomes.model';
import { RevolvingDoorModel } from '../revolving-door/revolving-door.model';
import { SocialGradientModel } from '../gradient/social-gradient.model';
import { SignalsOverviewModel } from '../signals/signals-overview.model';

/**
 * Aggregate exports are long tables: one figure per line. A suppressed figure is never written as 0
 * or left blank: a count reads "fewer than 5 or withheld" and a rate "withheld" (SUPPRESSED_COUNT:
 * one wording, so no reader can tell the small cell from the one protecting it), and the suppressed
 * column reads true.
 */
export const PARTICIPATION_CSV_COLUMNS = ['meeting_type', 'family_member', 'measure', 'outcome', 'value', 'suppressed'];
export const MARAC_CSV_COLUMNS = ['measure', 'category', 'value', 'suppressed'];
export const REFERRAL_CSV_COLUMNS = ['service_type', 'measure', 'category', 'value', 'suppressed'];
export const REVOLVING_DOOR_CSV_COLUMNS = ['measure', 'window', 'value', 'suppressed'];
export const GRADIENT_CSV_COLUMNS = ['dimension', 'group', 'measure', 'value', 'suppressed'];
export const SIGNALS_CSV_COLUMNS = ['kind', 'measure', 'value', 'suppressed'];

type Row = Array<string | number | null>;

const figure = (cell: CountCell | RateCell): [string | number | null, string] => (cell.suppressed ? [SUPPRESSED_COUNT, 'true'] : [cell.value, '']);

/** A rate or a median is never itself "fewer than 5": it is withheld. */
const share = (cell: RateCell): [string | number | null, string] => (cell.suppressed ? [SUPPRESSED_SHARE, 'true'] : [cell.value, '']);

export function participationCsvRows(report: ParticipationAuditModel): Row[] {
  const rows: Row[] = [['ALL', '', 'agenda_items', '', ...figure(report.agendaItems)]];
  for (const type of report.byMeetingType) {
    const t = type.meetingType;
    rows.push([t, '', 'agenda_items', '', ...figure(type.agendaItems)]);
    for (const [field, scopeRole] of Object.entries(AUDITED_ROLES)) {
      const m = type[field as keyof typeof AUDITED_ROLES];
      rows.push([t, scopeRole, 'items_with_member', '', ...figure(m.itemsWithMember)]);
      rows.push([t, scopeRole, 'items_where_member_took_part', '', ...figure(m.itemsWhereMemberTookPart)]);
      rows.push([t, scopeRole, 'share_of_items', '', ...share(m.shareOfItems)]);
      rows.push([t, scopeRole, 'people_in_scope', '', ...figure(m.peopleInScope)]);
      rows.push([t, scopeRole, 'people_who_took_part', '', ...figure(m.peopleWhoTookPart)]);
      for (const [outcome, name] of Object.entries(OUTCOME_FIELDS)) rows.push([t, scopeRole, 'people_by_outcome', outcome, ...figure(m.outcomes[name])]);
    }
    rows.push([t, 'CHILD', 'child_views_recorded', '', ...figure(type.childViewsRecorded)]);
    rows.push([t, 'CHILD', 'share_of_child_views_recorded', '', ...share(type.shareOfChildViewsRecorded)]);
    rows.push([t, '', 'interpreter_needed', '', ...figure(type.interpreterNeeded)]);
    rows.push([t, '', 'interpreter_provided', '', ...figure(type.interpreterProvided)]);
    rows.push([t, '', 'share_of_interpreter_needs_met', '', ...share(type.shareOfInterpreterNeedsMet)]);
  }
  return rows;
}

export function signalsCsvRows(report: SignalsOverviewModel): Row[] {
  const rows: Row[] = [['ALL', 'open', ...figure(report.open)]];
  for (const k of report.byKind) {
    rows.push([k.kind, 'open', ...figure(k.open)]);
    rows.push([k.kind, 'under_one_week', ...figure(k.underOneWeek)]);
    rows.push([k.kind, 'one_to_four_weeks', ...figure(k.oneToFourWeeks)]);
    rows.push([k.kind, 'four_weeks_to_three_months', ...figure(k.fourWeeksToThreeMonths)]);
    rows.push([k.kind, 'over_three_months', ...figure(k.overThreeMonths)]);
  }
  return rows;
}

export function maracCsvRows(report: MaracDatasetModel): Row[] {
  return [
    ['cases_discussed', '', ...figure(report.casesDiscussed)],
    ['repeat_cases', '', ...figure(report.repeatCases)],
    ['repeat_rate', '', ...share(report.repeatRate)],
    ['cases_with_children', '', ...figure(report.casesWithChildren)],
    ...report.referralsBySource.map((s): Row => ['referrals_by_source', s.agencyKind, ...figure(s.cases)]),
    ['victims', '', ...figure(report.victims)],
    ['victims_from_minoritised_groups', '', ...figure(report.victimsFromMinoritisedGroups)],
    ['victims_disabled', '', ...figure(report.victimsDisabled)],
    ['victims_male', '', ...figure(report.victimsMale)],
    ...report.measuresNotRecorded.map((m): Row => [m.toLowerCase(), 'not_recorded', null, '']),
  ];
}

export function referralCsvRows(report: ReferralOutcomesModel): Row[] {
  return report.byServiceType.flatMap((s): Row[] => [
    [s.serviceType, 'referrals', '', ...figure(s.referrals)],
    [s.serviceType, 'awaiting_decision', '', ...figure(s.awaitingDecision)],
    [s.serviceType, 'accepted', '', ...figure(s.accepted)],
    [s.serviceType, 'declined', '', ...figure(s.declined)],
    [s.serviceType, 'withdrawn', '', ...figure(s.withdrawn)],
    [s.serviceType, 'acceptance_rate', '', ...share(s.acceptanceRate)],
    ...Object.entries(s.declineReasons).map(([reason, cell]): Row => [s.serviceType, 'declined_by_reason', reason, ...figure(cell)]),
    [s.serviceType, 'engaged', '', ...figure(s.engaged)],
    [s.serviceType, 'completed', '', ...figure(s.completed)],
    [s.serviceType, 'disengaged', '', ...figure(s.disengaged)],
    [s.serviceType, 'completion_rate', '', ...share(s.completionRate)],
    [s.serviceType, 'median_days_to_decision', '', ...share(s.medianDaysToDecision)],
    [s.serviceType, 'p90_days_to_decision', '', ...share(s.p90DaysToDecision)],
  ]);
}

export function revolvingDoorCsvRows(report: RevolvingDoorModel): Row[] {
  const after = (window: string, w: RevolvingDoorModel['withinSixMonths']): Row[] => [
    ['after_separation_re_referred', window, ...figure(w.reReferred)],
    ['after_separation_new_incident', window, ...figure(w.newIncident)],
    ['after_separation_reconciliation', window, ...figure(w.reconciliation)],
  ];
  return [
    ['csc_referrals', '', ...figure(report.cscReferrals)],
    ['re_referrals', '', ...figure(report.reReferrals)],
    ['re_referral_rate', '', ...share(report.reReferralRate)],
    ['marac_referrals', '', ...figure(report.maracReferrals)],
    ['repeat_marac_referrals', '', ...figure(report.repeatMaracReferrals)],
    ['repeat_marac_rate', '', ...share(report.repeatMaracRate)],
    ['episodes_closed', '', ...figure(report.episodesClosed)],
    ['closed_after_separation', '', ...figure(report.closedAfterSeparation)],
    ...after('6_months', report.withinSixMonths),
    ...after('12_months', report.withinTwelveMonths),
  ];
}

export function gradientCsvRows(report: SocialGradientModel): Row[] {
  const row = (dimension: string, r: SocialGradientModel['total']): Row[] => [
    [dimension, r.group, 'children', ...figure(r.children)],
    [dimension, r.group, 'assessed', ...figure(r.assessed)],
    [dimension, r.group, 'child_in_need', ...figure(r.childInNeed)],
    [dimension, r.group, 'child_protection', ...figure(r.childProtection)],
  ];
  return [
    ...row('all', report.total),
    ...report.byDeprivationDecile.flatMap((r) => row('deprivation_decile', r)),
    ...report.byEthnicity.flatMap((r) => row('ethnicity', r)),
  ];
}
