/** A report figure as the API gives it (never read a null as 0). */
export interface Figure {
  value?: number | null;
  suppressed: boolean;
}

export const FEWER_THAN_FIVE = 'fewer than 5';
export const WITHHELD = 'withheld';
/**
 * Every hidden count reads the same, as in the API's files: saying which hidden cell is the small one
 * and which protects it would let a reader subtract the small one back out.
 */
export const SUPPRESSED_COUNT = `${FEWER_THAN_FIVE} or ${WITHHELD}`;

/** A count in words: a hidden one reads "fewer than 5 or withheld"; never 0. */
export function countText(cell: Figure): string {
  if (cell.suppressed) return SUPPRESSED_COUNT;
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
