import { ReferralStatus as S } from './referral-kinds';

/** Who moves a referral on: the side that made it, or the service that received it. */
export enum ReferralSide {
  REFERRING = 'REFERRING',
  RECEIVING = 'RECEIVING',
}

/** Every legal change of status, and which side records it. Anything else is refused. */
const TRANSITIONS: ReadonlyArray<{ from: S; to: S; side: ReferralSide }> = [
  { from: S.DRAFT, to: S.SUBMITTED, side: ReferralSide.REFERRING },
  { from: S.DRAFT, to: S.WITHDRAWN, side: ReferralSide.REFERRING },
  { from: S.SUBMITTED, to: S.WITHDRAWN, side: ReferralSide.REFERRING },
  { from: S.SUBMITTED, to: S.ACCEPTED, side: ReferralSide.RECEIVING },
  { from: S.SUBMITTED, to: S.DECLINED, side: ReferralSide.RECEIVING },
  { from: S.ACCEPTED, to: S.ENGAGED, side: ReferralSide.RECEIVING },
  // Accepted, but never took the service up.
  { from: S.ACCEPTED, to: S.DISENGAGED, side: ReferralSide.RECEIVING },
  { from: S.ENGAGED, to: S.COMPLETED, side: ReferralSide.RECEIVING },
  { from: S.ENGAGED, to: S.DISENGAGED, side: ReferralSide.RECEIVING },
];

export const LEGAL_TRANSITIONS: ReadonlyArray<readonly [S, S]> = TRANSITIONS.map((t) => [t.from, t.to] as const);

/** The side that records a move to `to` (every status is reached from one side only). */
export function sideFor(to: S): ReferralSide {
  return TRANSITIONS.find((t) => t.to === to)?.side ?? ReferralSide.REFERRING;
}

/** Why the referral cannot move from `from` to `to`, or null when it can. */
export function transitionProblem(from: S, to: S): string | null {
  if (TRANSITIONS.some((t) => t.from === from && t.to === to)) return null;
  const next = TRANSITIONS.filter((t) => t.from === from).map((t) => t.to);
  const words = (status: S) => status.toLowerCase();
  const a = /^[aeiou]/.test(words(from)) ? 'An' : 'A';
  return next.length
    ? `${a} ${words(from)} referral cannot become ${words(to)}; from ${words(from)} it can only become ${orList(next.map(words))}.`
    : `${a} ${words(from)} referral is finished and cannot change.`;
}

/** 'a, b or c' */
function orList(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}` : items.join('');
}

/** Whole days from one calendar date to another ('YYYY-MM-DD'); null if either is missing. */
export function daysBetween(from: string | null, to: string | null): number | null {
  if (!from || !to) return null;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
