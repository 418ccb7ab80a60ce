/**
 * Small-number suppression for aggregate statistics (docs/domain.md §5.5: counts below 5 are shown as
 * suppressed, never as 0, and must not be recoverable from totals).
 *
 * A report registers every count it will show as a cell, and every additive relationship between
 * them as a group (`total = part + part + …`). `resolve` then applies:
 *
 * - primary suppression: a count from 1 to threshold-1 is suppressed. A true zero is shown as 0:
 *   "nobody" discloses nothing about a person, and hiding zeros would make every sparse table blank.
 * - secondary suppression: while any group has exactly one suppressed cell (which its other cells
 *   would give away by subtraction), the smallest other cell of that group is suppressed too,
 *   preferring parts over the total. Groups may share cells (a subtotal is the total of one group
 *   and a part of another), so this repeats until no group leaks.
 *
 * Rates are derived afterwards: a rate whose numerator or denominator is suppressed is suppressed.
 */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/**
 * How every hidden count reads, in screens and files alike. One wording for both kinds on purpose:
 * saying which hidden cell is the small one and which protects it would let a reader subtract the
 * small one back out, which is what secondary suppression exists to stop.
 */
export const SUPPRESSED_COUNT = `fewer than ${DEFAULT_SUPPRESSION_THRESHOLD} or withheld`;
/** A rate or median drawn from hidden counts. */
export const SUPPRESSED_SHARE = 'withheld';

export interface CountCell {
  value: number | null;
  suppressed: boolean;
}

export type RateCell = CountCell;

export type CellRef = number;

export class SuppressionTable {
  private readonly values: number[] = [];
  private readonly groups: Array<{ total: CellRef; parts: CellRef[] }> = [];
  private resolved?: boolean[];

  constructor(
    /** False for audiences who may see exact figures (a manager's own agency): cells pass through. */
    private readonly enabled: boolean,
    private readonly threshold = DEFAULT_SUPPRESSION_THRESHOLD,
  ) {}

  cell(value: number): CellRef {
    if (this.resolved) throw new Error('SuppressionTable: cells added after resolve()');
    if (!Number.isInteger(value) || value < 0) throw new Error(`SuppressionTable: a count must be a whole number ≥ 0, not ${value}`);
    this.values.push(value);
    return this.values.length - 1;
  }

  /** Declares `total = sum(parts)`; the parts must add up, or the report's SQL is wrong. */
  group(total: CellRef, parts: CellRef[]): void {
    const sum = parts.reduce((acc, part) => acc + this.values[part], 0);
    if (sum !== this.values[total]) throw new Error(`SuppressionTable: parts add up to ${sum}, total is ${this.values[total]}`);
    this.groups.push({ total, parts });
  }

  count(ref: CellRef): CountCell {
    const suppressed = this.resolve()[ref];
    return { value: suppressed ? null : this.values[ref], suppressed };
  }

  /** numerator / denominator as a fraction 0-1, rounded to 3 places; null when the denominator is 0. */
  rate(numerator: CellRef, denominator: CellRef): RateCell {
    const hidden = this.resolve();
    if (hidden[numerator] || hidden[denominator]) return { value: null, suppressed: true };
    const den = this.values[denominator];
    return { value: den === 0 ? null : Math.round((this.values[numerator] / den) * 1000) / 1000, suppressed: false };
  }

  private resolve(): boolean[] {
    if (this.resolved) return this.resolved;
    const hidden = this.values.map((value) => this.enabled && value > 0 && value < this.threshold);
    if (this.enabled) {
      for (let changed = true; changed;) {
        changed = false;
        for (const { total, parts } of this.groups) {
          const members = [...parts, total];
          if (members.filter((ref) => hidden[ref]).length !== 1) continue;
          const candidates = parts.filter((ref) => !hidden[ref]).sort((a, b) => this.values[a] - this.values[b]);
          const next = candidates[0] ?? total;
          if (hidden[next]) continue; // the lone suppressed cell is the total and every part is already hidden
          hidden[next] = true;
          changed = true;
        }
      }
    }
    this.resolved = hidden;
    return hidden;
  }
}
