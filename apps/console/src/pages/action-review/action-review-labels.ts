import type { ProblemList } from '../../graphql/errors';

export const OUTCOMES = [
  { value: 'DONE', label: 'Done' },
  { value: 'STILL_OPEN', label: 'Still open, with a new date' },
  { value: 'NOT_DONE_CIRCUMSTANCES_CHANGED', label: 'Not done: circumstances changed' },
  { value: 'NOT_DONE_AGENCY_DID_NOT_ACT', label: 'Not done: the agency did not act' },
];

export const OUTCOME_LABELS: Record<string, string> = Object.fromEntries(OUTCOMES.map((o) => [o.value, o.label]));

export const OUTCOME_COLOURS: Record<string, 'green' | 'blue' | 'grey' | 'red'> = {
  DONE: 'green',
  STILL_OPEN: 'blue',
  NOT_DONE_CIRCUMSTANCES_CHANGED: 'grey',
  NOT_DONE_AGENCY_DID_NOT_ACT: 'red',
};

const LABELS: Record<string, string> = { newDueOn: 'New due date', completedOn: 'Date done', note: 'Note', outcome: 'Outcome' };

/** The API names fields as its input does; each form on the page prefixes them so every id is unique, and words them as its labels. */
export function forForm(problems: ProblemList, prefix: string): ProblemList {
  const word = (field: string, message: string) => {
    const api =
      field.charAt(0).toUpperCase() +
      field
        .slice(1)
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase();
    return LABELS[field] && message.startsWith(api) ? LABELS[field] + message.slice(api.length) : message;
  };
  return {
    summary: problems.summary.map((p) => ({ field: p.field ? `${prefix}.${p.field}` : undefined, message: p.field ? word(p.field, p.message) : p.message })),
    byField: Object.fromEntries(Object.entries(problems.byField).map(([field, message]) => [`${prefix}.${field}`, word(field, message)])),
  };
}
