import type { ProblemList } from '../../graphql/errors';
import type { LiveAgendaItemFragment, MeetingLiveQuery } from '../../gql/graphql';
import type { SessionUser } from '../../session/session-api';
import { SCOPE_LABELS } from './labels';

export type LiveMeeting = MeetingLiveQuery['meeting'];
export type LiveItem = LiveAgendaItemFragment;
export type ItemSummary = LiveMeeting['agendaItems'][number];
export type InScope = LiveItem['people'][number];

/** "Grace Okafor", or a plain statement when the reader may not see who it is. */
export const nameOf = (entry: InScope | undefined) =>
  entry?.person ? `${entry.person.givenName} ${entry.person.familyName}` : `Someone in scope (${entry ? SCOPE_LABELS[entry.scopeRole] : 'unknown'})`;

export const personLabel = (entry: InScope) => `${nameOf(entry)}, ${SCOPE_LABELS[entry.scopeRole]}`;

/** Whole years on a date, for "aged 7" beside a child. */
export function ageOn(dateOfBirth: string | null, on: string): number | undefined {
  if (!dateOfBirth) return undefined;
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = on.slice(0, 10).split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * Only what the user answered is sent, so the API's `list.N.field` paths count sent entries; this
 * moves each message back to the row it belongs to on the screen.
 */
export function remapProblems(problems: ProblemList, list: string, sentRows: number[]): ProblemList {
  const move = (field: string) => field.replace(new RegExp(`^${list}\\.(\\d+)\\.`), (_, n: string) => `${list}.${sentRows[Number(n)] ?? n}.`);
  const byField: Record<string, string> = {};
  for (const [field, message] of Object.entries(problems.byField)) byField[move(field)] = message;
  return { byField, summary: problems.summary.map((p) => (p.field ? { ...p, field: move(p.field) } : p)) };
}

/**
 * A UI hint only (the API decides): the chair, or a coordinator of the organising agency, records
 * what the meeting decided; only the coordinator records that it was held.
 */
export const runsMeeting = (meeting: LiveMeeting, user: SessionUser | undefined) => !!user && (meeting.chairUserId === user.id || coordinates(meeting, user));
export const coordinates = (meeting: LiveMeeting, user: SessionUser | undefined) =>
  !!user && user.roles.includes('MARAC_COORDINATOR') && user.agencyId === meeting.organisingAgencyId;
/** Referrals are made by the family's practitioner or a co-working DVA specialist (the API decides). */
export const mayRefer = (user: SessionUser | undefined) => !!user && user.roles.some((role) => role === 'CASE_PRACTITIONER' || role === 'DVA_SPECIALIST');

/** How far a case has got, for the side navigation. */
export function caseStatus(item: ItemSummary | LiveItem): 'Not started' | 'In progress' | 'Recorded' {
  const heard = item.people.every((p) => item.participation.some((q) => q.personId === p.personId));
  const outcome = item.decisions.length > 0 || item.actions.length > 0;
  const anything = outcome || item.participation.length > 0 || !!item.riskSummary;
  return heard && outcome ? 'Recorded' : anything ? 'In progress' : 'Not started';
}

export const today = () => new Date().toISOString().slice(0, 10);

/** For a second form on the page with the same API field names: its fields get their own ids. */
export function prefixProblems(problems: ProblemList, prefix: string): ProblemList {
  const byField: Record<string, string> = {};
  for (const [field, message] of Object.entries(problems.byField)) byField[`${prefix}${field}`] = message;
  return { byField, summary: problems.summary.map((p) => (p.field ? { ...p, field: `${prefix}${p.field}` } : p)) };
}
