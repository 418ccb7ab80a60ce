import { codeWords } from '@waymark/platform';
import { Say } from './signal-definition';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** '2025-03-03' → '3 March 2025', as a practitioner writes dates. */
export function longDate(value: unknown): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value));
  if (!match) return String(value);
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

const LEVELS: Record<string, string> = {
  NONE: 'no involvement',
  UNIVERSAL: 'universal services',
  EARLY_HELP: 'Early Help',
  CIN: 'Child in Need',
  CP_PLAN: 'a child protection plan',
  LAC: 'looked after',
};

/** An intervention level in words: CP_PLAN → 'a child protection plan'. */
export function levelWords(level: unknown): string {
  return LEVELS[String(level)] ?? codeWords(level);
}

export { codeWords };

/** '3 days', '1 day'. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** 'Grace', 'Grace and Tom', 'Grace, Tom and Amara'. */
export function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Joins clauses into one sentence with a capital and a full stop. */
export function sentence(clauses: Array<string | null | undefined | false>): string {
  const text = clauses.filter(Boolean).join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** For unit tests and previews: everyone visible, names are the ids. */
export const sayPlainly: Say = { name: (id) => String(id), date: longDate, mayKnowHarm: () => true };
