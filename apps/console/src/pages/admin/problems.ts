import type { CombinedError } from 'urql';
import { NO_PROBLEMS, problemsOf, type ProblemList } from '../../graphql/errors';

/**
 * The API's problems, shown beside the fields of this form. Beyond `extensions.fields`, an error
 * whose message starts with a field name ("teamId: …") goes to that field, and a coded error the
 * form knows (CONFLICT on a new user is the email already in use) goes to the field it names.
 * `labels` turns API field names into the form's own labels.
 */
export function formProblems(
  error: CombinedError | undefined,
  options: { labels?: Record<string, string>; byCode?: Record<string, string>; fields?: string[] } = {},
): ProblemList {
  if (!error) return NO_PROBLEMS;
  const { labels = {}, byCode = {}, fields = Object.keys(labels) } = options;
  const base = problemsOf(error);
  const byField: Record<string, string> = {};
  const summary: ProblemList['summary'] = [];
  const place = (field: string, message: string) => {
    byField[field] = message;
    summary.push({ field, message });
  };
  const relabel = (field: string, message: string) => {
    const apiLabel = labelOf(field);
    return labels[field] && message.startsWith(apiLabel) ? labels[field] + message.slice(apiLabel.length) : message;
  };
  for (const item of base.summary) {
    if (item.field) {
      place(item.field, relabel(item.field, item.message));
      continue;
    }
    const prefixed = /^([a-zA-Z.0-9]+): (.+)$/.exec(item.message);
    const graphqlError = error.graphQLErrors.find((e) => e.message === item.message);
    const code = graphqlError?.extensions?.code as string | undefined;
    if (prefixed && fields.includes(prefixed[1])) place(prefixed[1], `${labels[prefixed[1]] ?? labelOf(prefixed[1])} ${prefixed[2].replace(/\.$/, '')}`);
    else if (code && byCode[code]) place(byCode[code], item.message);
    else summary.push(item);
  }
  return { byField, summary };
}

/** GOV.UK wording for fields left empty, before the API is asked. */
export function missingFields(checks: Record<string, string | false>): ProblemList {
  const byField: Record<string, string> = {};
  for (const [field, message] of Object.entries(checks)) if (message) byField[field] = message;
  return { byField, summary: Object.entries(byField).map(([field, message]) => ({ field, message })) };
}

function labelOf(field: string): string {
  const last = field.split('.').pop() ?? field;
  const words = last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const ROLE_LABELS: Record<string, string> = {
  ADMIN: 'Administrator',
  MARAC_COORDINATOR: 'MARAC coordinator',
  MEETING_CHAIR: 'Meeting chair',
  AGENCY_REPRESENTATIVE: 'Agency representative',
  DVA_SPECIALIST: 'DVA specialist',
  CASE_PRACTITIONER: 'Case practitioner',
  PERPETRATOR_WORKER: 'Perpetrator worker',
  MANAGER: 'Manager',
  ANALYST: 'Analyst',
};

export const roleOptions = Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }));

/** Roles in the order the form lists them, whatever order they were ticked in. */
export const inRoleOrder = (roles: readonly string[]) => Object.keys(ROLE_LABELS).filter((role) => roles.includes(role));
