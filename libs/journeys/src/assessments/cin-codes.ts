import { registerEnumType } from '@nestjs/graphql';

/**
 * CIN census factors identified at assessment (docs/domain.md §7.1). A census code such as '3B' is not a valid
 * GraphQL name, so each value is the code with an F in front; the database keeps the census code.
 */
export enum AssessmentFactor {
  F1A = 'F1A',
  F1B = 'F1B',
  F1C = 'F1C',
  F2A = 'F2A',
  F2B = 'F2B',
  F2C = 'F2C',
  F3A = 'F3A',
  F3B = 'F3B',
  F3C = 'F3C',
  F4A = 'F4A',
  F4B = 'F4B',
  F4C = 'F4C',
  F5A = 'F5A',
  F5B = 'F5B',
  F5C = 'F5C',
  F6A = 'F6A',
  F6B = 'F6B',
  F6C = 'F6C',
  F7A = 'F7A',
  F8B = 'F8B',
  F8C = 'F8C',
  F8D = 'F8D',
  F8E = 'F8E',
  F8F = 'F8F',
  F9A = 'F9A',
  F10A = 'F10A',
  F11A = 'F11A',
  F12A = 'F12A',
  F13A = 'F13A',
  F14A = 'F14A',
  F15A = 'F15A',
  F16A = 'F16A',
  F17A = 'F17A',
  F18B = 'F18B',
  F18C = 'F18C',
  F19B = 'F19B',
  F19C = 'F19C',
  F20 = 'F20',
  F21 = 'F21',
  F22A = 'F22A',
  F23A = 'F23A',
  F24A = 'F24A',
}

const FACTOR_MEANINGS: Record<AssessmentFactor, string> = {
  F1A: 'alcohol misuse: the child',
  F1B: 'alcohol misuse: a parent or carer',
  F1C: 'alcohol misuse: another person in the household',
  F2A: 'drug misuse: the child',
  F2B: 'drug misuse: a parent or carer',
  F2C: 'drug misuse: another person in the household',
  F3A: 'domestic abuse: the child is the subject',
  F3B: 'domestic abuse: a parent or carer is the subject',
  F3C: 'domestic abuse: another person in the household is the subject',
  F4A: 'mental health: the child',
  F4B: 'mental health: a parent or carer',
  F4C: 'mental health: another person in the household',
  F5A: 'learning disability: the child',
  F5B: 'learning disability: a parent or carer',
  F5C: 'learning disability: another person in the household',
  F6A: 'physical disability or illness: the child',
  F6B: 'physical disability or illness: a parent or carer',
  F6C: 'physical disability or illness: another person in the household',
  F7A: 'young carer',
  F8B: 'private fostering',
  F8C: 'private fostering',
  F8D: 'private fostering',
  F8E: 'private fostering',
  F8F: 'private fostering',
  F9A: 'unaccompanied asylum-seeking child',
  F10A: 'going missing',
  F11A: 'child sexual exploitation',
  F12A: 'trafficking',
  F13A: 'gangs',
  F14A: 'socially unacceptable behaviour',
  F15A: 'self-harm',
  F16A: 'neglect',
  F17A: 'emotional abuse',
  F18B: 'physical abuse by a child',
  F18C: 'physical abuse by an adult',
  F19B: 'sexual abuse by a child',
  F19C: 'sexual abuse by an adult',
  F20: 'other',
  F21: 'no factors identified',
  F22A: 'female genital mutilation',
  F23A: 'abuse linked to faith or belief',
  F24A: 'child criminal exploitation',
};

registerEnumType(AssessmentFactor, {
  name: 'AssessmentFactor',
  description: "CIN census factors identified at assessment: the census code with an F in front (F3B is census code '3B').",
  valuesMap: Object.fromEntries(
    Object.values(AssessmentFactor).map((factor) => [factor, { description: `${censusCode(factor)}: ${FACTOR_MEANINGS[factor]}` }]),
  ),
});

/** The census code of a factor, as the census and the database write it: F3B → '3B', F20 → '20'. */
export function censusCode(factor: AssessmentFactor): string {
  return factor.slice(1);
}

const BY_CENSUS_CODE = new Map(Object.values(AssessmentFactor).map((factor) => [censusCode(factor), factor]));

/** The factor for a census code: '3B' → F3B. Throws on a code the census does not have. */
export function factorForCensusCode(code: string): AssessmentFactor {
  const factor = BY_CENSUS_CODE.get(code);
  if (!factor) throw new Error(`"${code}" is not a CIN census factor code.`);
  return factor;
}

/** Why a set of factors cannot be recorded together, or null when it can. */
export function factorsProblem(factors: AssessmentFactor[]): string | null {
  if (factors.length === 0) return 'give at least one factor (F21 when no factors were identified)';
  const duplicate = factors.find((factor, i) => factors.indexOf(factor) !== i);
  if (duplicate) return `${duplicate} is given more than once`;
  if (factors.includes(AssessmentFactor.F21) && factors.length > 1) return 'F21 (no factors identified) cannot be combined with other factors';
  return null;
}

/** CIN census primary need codes (docs/domain.md §7.2). */
export enum PrimaryNeed {
  N0 = 'N0',
  N1 = 'N1',
  N2 = 'N2',
  N3 = 'N3',
  N4 = 'N4',
  N5 = 'N5',
  N6 = 'N6',
  N7 = 'N7',
  N8 = 'N8',
  N9 = 'N9',
}
registerEnumType(PrimaryNeed, {
  name: 'PrimaryNeed',
  description: 'CIN census primary need.',
  valuesMap: {
    N0: { description: 'Not stated' },
    N1: { description: 'Abuse or neglect (includes domestic abuse)' },
    N2: { description: "Child's disability" },
    N3: { description: 'Parental illness or disability' },
    N4: { description: 'Family in acute stress' },
    N5: { description: 'Family dysfunction' },
    N6: { description: 'Socially unacceptable behaviour' },
    N7: { description: 'Low income' },
    N8: { description: 'Absent parenting' },
    N9: { description: 'Cases other than children in need' },
  },
});

/** What the assessment decided (docs/domain.md §3.9). */
export enum AssessmentOutcome {
  NFA = 'NFA',
  EARLY_HELP = 'EARLY_HELP',
  CIN = 'CIN',
  S47 = 'S47',
  CP = 'CP',
}
registerEnumType(AssessmentOutcome, {
  name: 'AssessmentOutcome',
  valuesMap: {
    NFA: { description: 'No further action' },
    EARLY_HELP: { description: 'Referred to Early Help' },
    CIN: { description: 'Child in Need (s.17) support' },
    S47: { description: 'Child protection enquiry (s.47)' },
    CP: { description: 'Child protection plan' },
  },
});
