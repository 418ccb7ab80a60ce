import type { ProblemList } from '../../graphql/errors';

/**
 * The SafeLives DASH risk identification checklist (2009), in its order: the API stores the 24
 * answers by position and has no wording, so the console holds it. "(name of abuser)" is read as
 * the person causing harm chosen on the form.
 */
export const DASH_QUESTIONS: readonly string[] = [
  'Has the current incident resulted in injury?',
  'Are you very frightened?',
  'What are you afraid of? Is it further injury or violence?',
  'Do you feel isolated from family or friends? Does the person causing harm try to stop you seeing friends, family, your doctor or others?',
  'Are you feeling depressed or having suicidal thoughts?',
  'Have you separated or tried to separate from the person causing harm within the past year?',
  'Is there conflict over child contact?',
  'Does the person causing harm constantly text, call, contact, follow, stalk or harass you?',
  'Are you pregnant or have you recently had a baby (within the last 18 months)?',
  'Is the abuse happening more often?',
  'Is the abuse getting worse?',
  'Does the person causing harm try to control everything you do and/or are they excessively jealous?',
  'Has the person causing harm ever used weapons or objects to hurt you?',
  'Has the person causing harm ever threatened to kill you or someone else and you believed them?',
  'Has the person causing harm ever attempted to strangle, choke, suffocate or drown you?',
  'Does the person causing harm do or say things of a sexual nature that make you feel bad or that physically hurt you or someone else?',
  'Is there any other person who has threatened you or who you are afraid of?',
  'Do you know if the person causing harm has hurt anyone else (children, siblings, an elderly relative, a stranger, a previous partner)?',
  'Has the person causing harm ever mistreated an animal or the family pet?',
  'Are there any financial issues? For example, are you dependent on the person causing harm for money, or have they recently lost their job?',
  'Has the person causing harm had problems in the past year with drugs (prescription or other), alcohol or mental health leading to problems in leading a normal life?',
  'Has the person causing harm ever threatened or attempted suicide?',
  'Has the person causing harm ever broken bail, an injunction and/or a formal agreement for when they can see you and/or the children?',
  'Do you know if the person causing harm has ever been in trouble with the police or has a criminal history?',
];

export const DASH_ANSWER_OPTIONS = [
  { value: 'YES', label: 'Yes' },
  { value: 'NO', label: 'No' },
  { value: 'NOT_KNOWN', label: 'Not known' },
];

export const JUDGEMENT_OPTIONS = [
  { value: 'STANDARD', label: 'Standard' },
  { value: 'MEDIUM', label: 'Medium' },
  { value: 'HIGH', label: 'High' },
];

export const labelOf = (options: Array<{ value: string; label: string }>, value: string | null | undefined) =>
  options.find((option) => option.value === value)?.label ?? '';

export const fullName = (person: { givenName: string; familyName: string } | null | undefined) => (person ? `${person.givenName} ${person.familyName}` : '');

/** Today as the API counts it (UTC), for dates that may not be in the future. */
export const apiToday = () => new Date().toISOString().slice(0, 10);

/**
 * problemsOf names a field after the API's input ("Victim person id"); these screens name it as
 * their labels do, so the message beside "Date of assessment" starts with "Date of assessment".
 */
export function relabel(problems: ProblemList, labels: Record<string, string>): ProblemList {
  const apiLabel = (field: string) => {
    const words = (field.split('.').pop() ?? field).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return words.charAt(0).toUpperCase() + words.slice(1);
  };
  const fix = (field: string | undefined, message: string) =>
    field && labels[field] && message.startsWith(apiLabel(field)) ? labels[field] + message.slice(apiLabel(field).length) : message;
  return {
    summary: problems.summary.map((problem) => ({ ...problem, message: fix(problem.field, problem.message) })),
    byField: Object.fromEntries(Object.entries(problems.byField).map(([field, message]) => [field, fix(field, message)])),
  };
}
