import type { ProblemList } from '../../graphql/errors';

/** The API's co-work kinds as DVA specialists say them. */
export const COWORK_KINDS: Array<{ value: string; label: string }> = [
  { value: 'JOINT_VISIT', label: 'Joint visit' },
  { value: 'CONSULTATION_WITH_CASE_HOLDER', label: 'Consultation with the case holder' },
  { value: 'SAFETY_PLANNING', label: 'Safety planning' },
  { value: 'DIRECT_WORK_WITH_CHILD', label: 'Direct work with a child' },
  { value: 'WORK_WITH_PERSON_CAUSING_HARM', label: 'Work with the person causing harm' },
  { value: 'CASE_DISCUSSION', label: 'Case discussion' },
  { value: 'GROUP_WORK', label: 'Group work' },
];

export const coworkKindLabel = (kind: string) => COWORK_KINDS.find((k) => k.value === kind)?.label ?? kind;

export const fullName = (person: { givenName: string; familyName: string } | null | undefined) => (person ? `${person.givenName} ${person.familyName}` : '');

/** "1 hour 30 minutes". */
export function duration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [hours ? `${hours} ${hours === 1 ? 'hour' : 'hours'}` : '', rest ? `${rest} ${rest === 1 ? 'minute' : 'minutes'}` : ''];
  return parts.filter(Boolean).join(' ') || '0 minutes';
}

/** The API's problems for `field`, shown under another field name (several small forms on one page each need their own ids). */
export function renamed(problems: ProblemList, field: string, as: string): ProblemList {
  const rename = (name: string) => (name === field ? as : name);
  return {
    summary: problems.summary.map((problem) => ({ ...problem, field: problem.field && rename(problem.field) })),
    byField: Object.fromEntries(Object.entries(problems.byField).map(([name, message]) => [rename(name), message])),
  };
}
