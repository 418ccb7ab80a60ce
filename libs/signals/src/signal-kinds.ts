import { registerEnumType } from '@nestjs/graphql';

/** docs/domain.md §4. Every kind is listed now so the API is stable; each is computed once its definition exists. */
export enum SignalKind {
  REVOLVING_DOOR = 'REVOLVING_DOOR',
  POST_SEPARATION_CLOSURE = 'POST_SEPARATION_CLOSURE',
  RECONCILIATION_AFTER_CLOSURE = 'RECONCILIATION_AFTER_CLOSURE',
  PERSON_CAUSING_HARM_NOT_ENGAGED = 'PERSON_CAUSING_HARM_NOT_ENGAGED',
  RESPONSIBILITY_ON_VICTIM = 'RESPONSIBILITY_ON_VICTIM',
  REFERRAL_NO_FEEDBACK = 'REFERRAL_NO_FEEDBACK',
  REFERRAL_DECLINED_ELIGIBILITY = 'REFERRAL_DECLINED_ELIGIBILITY',
  UNMET_COOCCURRING_NEED = 'UNMET_COOCCURRING_NEED',
  FAMILY_NOT_HEARD = 'FAMILY_NOT_HEARD',
  INTERPRETER_GAP = 'INTERPRETER_GAP',
  OVERDUE_ACTIONS = 'OVERDUE_ACTIONS',
  KINSHIP_WITH_HARMING_FAMILY = 'KINSHIP_WITH_HARMING_FAMILY',
}
registerEnumType(SignalKind, {
  name: 'RiskSignalKind',
  description: 'A pattern no single agency sees (docs/domain.md §4).',
  valuesMap: {
    REVOLVING_DOOR: { description: "A child's case keeps closing and re-opening, or stepping up and down." },
    POST_SEPARATION_CLOSURE: { description: 'A case closed or stepped down soon after a separation while the risk went on.' },
    RECONCILIATION_AFTER_CLOSURE: { description: 'A couple reconciled soon after a case was closed on their separation.' },
    PERSON_CAUSING_HARM_NOT_ENGAGED: { description: 'The person causing harm has not been engaged by any service.' },
    RESPONSIBILITY_ON_VICTIM: { description: "The plan's actions fall on the adult victim, none on the person causing harm." },
    REFERRAL_NO_FEEDBACK: { description: 'A referral from a meeting went silent.' },
    REFERRAL_DECLINED_ELIGIBILITY: { description: 'A referral was declined for eligibility and nothing followed.' },
    UNMET_COOCCURRING_NEED: { description: 'Mental health or substance need alongside abuse, with no referral.' },
    FAMILY_NOT_HEARD: { description: 'The family, or a child, had no voice at recent meetings about them.' },
    INTERPRETER_GAP: { description: 'Someone needing an interpreter was in scope at a meeting without one.' },
    OVERDUE_ACTIONS: { description: 'Actions past their due date on an open case.' },
    KINSHIP_WITH_HARMING_FAMILY: { description: 'A child placed with relatives of the person causing harm.' },
  },
});

export enum SignalSeverity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}
registerEnumType(SignalSeverity, { name: 'RiskSignalSeverity', description: 'LOW < MEDIUM < HIGH.' });

/** The database keeps the same ranks (risk_signal.severity_rank), so "at least" is a comparison. */
export const SEVERITY_RANK: Record<SignalSeverity, number> = { LOW: 1, MEDIUM: 2, HIGH: 3 };

/** How long ago a signal was first raised: the bands of the signals overview report, which counts by the same intervals. */
export enum SignalAge {
  UNDER_ONE_WEEK = 'UNDER_ONE_WEEK',
  ONE_TO_FOUR_WEEKS = 'ONE_TO_FOUR_WEEKS',
  FOUR_WEEKS_TO_THREE_MONTHS = 'FOUR_WEEKS_TO_THREE_MONTHS',
  OVER_THREE_MONTHS = 'OVER_THREE_MONTHS',
}
registerEnumType(SignalAge, {
  name: 'RiskSignalAge',
  valuesMap: {
    UNDER_ONE_WEEK: { description: 'First raised less than 7 days ago.' },
    ONE_TO_FOUR_WEEKS: { description: 'First raised 7 to 27 days ago.' },
    FOUR_WEEKS_TO_THREE_MONTHS: { description: 'First raised 28 to 89 days ago.' },
    OVER_THREE_MONTHS: { description: 'First raised 90 days ago or more.' },
  },
});

/** Each band as [from, to) days before now; the overview's SQL uses the same intervals. */
export const SIGNAL_AGE_DAYS: Record<SignalAge, [number, number | null]> = {
  UNDER_ONE_WEEK: [0, 7],
  ONE_TO_FOUR_WEEKS: [7, 28],
  FOUR_WEEKS_TO_THREE_MONTHS: [28, 90],
  OVER_THREE_MONTHS: [90, null],
};

export enum SignalState {
  OPEN = 'OPEN',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  RESOLVED = 'RESOLVED',
}
registerEnumType(SignalState, {
  name: 'RiskSignalState',
  valuesMap: {
    OPEN: { description: 'Raised and not yet acknowledged.' },
    ACKNOWLEDGED: { description: 'Someone has seen it and said what is being done; still listed until it resolves.' },
    RESOLVED: { description: 'The condition no longer holds, or a review was recorded.' },
  },
});

export enum SignalResolution {
  AUTO = 'AUTO',
  REVIEW = 'REVIEW',
}
registerEnumType(SignalResolution, {
  name: 'RiskSignalResolution',
  valuesMap: {
    AUTO: { description: 'Resolved by re-evaluation: the condition stopped holding.' },
    REVIEW: { description: 'Resolved by a recorded review (a post-separation review).' },
  },
});
