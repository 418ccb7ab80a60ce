import type { CombinedError } from 'urql';

export interface ProblemList {
  /** For the GOV.UK error summary: each problem links to its field. */
  summary: Array<{ field?: string; message: string }>;
  /** The message to show beside each field the API named in `extensions.fields`. */
  byField: Record<string, string>;
}

export const NO_PROBLEMS: ProblemList = { summary: [], byField: {} };

/** Turns the API's errors into what the page shows: beside the fields they name, and in the summary. */
export function problemsOf(error: CombinedError | undefined): ProblemList {
  if (!error) return NO_PROBLEMS;
  if (error.networkError && !error.graphQLErrors.length) {
    return { summary: [{ message: 'Waymark cannot be reached just now. Nothing was lost: check your connection and try again.' }], byField: {} };
  }
  const byField: Record<string, string> = {};
  const summary: ProblemList['summary'] = [];
  for (const problem of error.graphQLErrors) {
    const fields = (problem.extensions?.fields ?? []) as Array<{ field: string; problems: string[] }>;
    if (!fields.length) summary.push({ message: problem.message });
    for (const { field, problems } of fields) {
      const message = `${labelOf(field)} ${problems.join('; ')}`;
      byField[field] = message;
      summary.push({ field, message });
    }
  }
  return { summary, byField };
}

/** "input.dueDate" → "Due date". */
function labelOf(field: string): string {
  const last = field.split('.').pop() ?? field;
  const words = last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const codeOf = (error: CombinedError | undefined): string | undefined => error?.graphQLErrors[0]?.extensions?.code as string | undefined;
