import { SignalSettingKey } from './settings/signal-settings';
import { SignalKind } from './signal-kinds';

/**
 * One risk signal: its SQL and how it is put into words. Adding a signal is one new file in
 * definitions/ exporting a SignalDefinition, listed in definitions/index.ts; the evaluator, the
 * merge into risk_signal, the API and the timeline need nothing else.
 *
 * `sql` selects candidate rows with exactly these columns, in this order:
 *   family_id uuid, subject_key text, person_ids uuid[], severity text ('LOW' | 'MEDIUM' | 'HIGH'),
 *   evidence jsonb (an array of { type, id, date, label }), facts jsonb (an object)
 * with one row per (family_id, subject_key), from these parameters:
 *   $1::uuid[] the families to evaluate (NULL: all), $2::date the evaluation date,
 *   $3::jsonb the thresholds by key (read them with `setting(...)`).
 * Rules, so that re-evaluating one family gives exactly what a full run gives:
 *   - a family's candidates come only from records carrying that family's id (filter each with `inScope`);
 *   - nothing dated after $2 counts;
 *   - evidence is ordered (by date, then id) and person_ids sorted, so the result is deterministic.
 * Evidence labels and facts hold ids, dates, counts and codes only: never names or free text, which
 * the explanation adds at read time with what the reader may see.
 */
export interface SignalDefinition {
  kind: SignalKind;
  sql: string;
  /** The sentence a practitioner would write, from the signal's facts. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind of signal has its own facts
  explain(facts: Record<string, any>, say: Say): string;
  /**
   * The same facts as separate conditions (for the pre-closure risk check, which lists each one);
   * without it, the explanation is the one condition.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as explain
  conditions?(facts: Record<string, any>, say: Say): string[];
}

/** Words for explanations: only what the reader may see. */
export interface Say {
  /** A person's given name, or "a family member" when the reader may not see them. */
  name(personId: unknown): string;
  /** '2025-03-03' → '3 March 2025'. */
  date(value: unknown): string;
  /** Whether the reader may know of harm recorded with this disclosure. */
  mayKnowHarm(disclosure: unknown): boolean;
}

/** `<column>` belongs to the families being evaluated. */
export const inScope = (column: string) => `($1::uuid[] IS NULL OR ${column} = ANY($1::uuid[]))`;

/** The evaluation date. */
export const AS_OF = '$2::date';

/** A threshold, as an integer. */
export const setting = (key: SignalSettingKey) => `($3::jsonb ->> '${key}')::int`;

/** The date `months` months (a threshold) before the evaluation date. */
export const monthsBeforeAsOf = (key: SignalSettingKey) => `(${AS_OF} - make_interval(months => ${setting(key)}))::date`;

/** A piece of evidence: a reference to the record that raised the signal. */
export const evidence = (type: string, id: string, date: string, label: string) =>
  `jsonb_build_object('type', '${type}', 'id', ${id}, 'date', ${date}, 'label', ${label})`;
