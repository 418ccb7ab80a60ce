import type { CombinedError } from 'urql';
import { codeOf } from '../../graphql/errors';

/** The API's meeting types as practitioners say them. */
export const MEETING_TYPES: Record<string, string> = {
  MARAC: 'MARAC',
  MATAC: 'MATAC',
  INITIAL_CP_CONFERENCE: 'Initial child protection conference',
  CP_REVIEW_CONFERENCE: 'Child protection review conference',
  CIN_REVIEW: 'Child in need review',
  STRATEGY_MEETING: 'Strategy meeting',
  FAMILY_GROUP_CONFERENCE: 'Family group conference',
  TEAM_AROUND_THE_FAMILY: 'Team around the family',
  PROFESSIONALS_MEETING: "Professionals' meeting",
};

export const CRITERIA: Record<string, string> = {
  VISIBLE_HIGH_RISK: 'Visible high risk',
  PROFESSIONAL_JUDGEMENT: 'Professional judgement',
  POTENTIAL_ESCALATION: 'Potential escalation',
  REPEAT: 'Repeat MARAC',
};

export const STATUS_COLOURS = { SCHEDULED: 'blue', HELD: 'green', CANCELLED: 'grey' } as const;

/** True when the API refused the screen to this role (as opposed to an outage or a missing record). */
export const refusedToRole = (error: CombinedError | undefined) => codeOf(error) === 'FORBIDDEN';

/** Whole days from a due date to today, in London. */
export function daysSince(date: string): number {
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
  return Math.round((Date.parse(today) - Date.parse(date)) / 86_400_000);
}
