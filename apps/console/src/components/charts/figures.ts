/** A report figure as the API gives it: hidden figures carry why (never read a null as 0). */
export interface Figure {
  value?: number | null;
  suppressed: boolean;
  suppression?: 'SMALL_NUMBER' | 'PROTECTS_SMALL_NUMBER' | null;
}

export const FEWER_THAN_FIVE = 'fewer than 5';
export const WITHHELD = 'withheld';

/** A count in words: a small number reads "fewer than 5"; a figure hidden to protect one reads "withheld"; never 0. */
export function countText(cell: Figure): string {
  if (cell.suppressed) return cell.suppression === 'SMALL_NUMBER' ? FEWER_THAN_FIVE : WITHHELD;
  return (cell.value ?? 0).toLocaleString('en-GB');
}

/** A share as a percentage; a rate drawn from hidden figures is withheld, and one with nothing to divide by says so. */
export function rateText(cell: Figure): string {
  if (cell.suppressed) return WITHHELD;
  if (cell.value === null || cell.value === undefined) return 'no cases';
  return `${Math.round(cell.value * 1000) / 10}%`;
}

export function daysText(cell: Figure): string {
  if (cell.suppressed) return `${WITHHELD} (${FEWER_THAN_FIVE} cases)`;
  if (cell.value === null || cell.value === undefined) return 'no cases';
  return `${cell.value} days`;
}

/** The number a chart may draw: only a figure that is shown. */
export const drawable = (cell: Figure): number | null => (cell.suppressed ? null : (cell.value ?? 0));

export const monthLabel = (month: string) => new Date(`${month}T00:00:00Z`).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
