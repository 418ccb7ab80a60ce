import { registerEnumType } from '@nestjs/graphql';

/** Thresholds the signals read (defaults in docs/domain.md §4.14). Local partnerships differ, so administrators may change them. */
export enum SignalSettingKey {
  REVOLVING_DOOR_TRANSITIONS = 'REVOLVING_DOOR_TRANSITIONS',
  REVOLVING_DOOR_TRANSITION_MONTHS = 'REVOLVING_DOOR_TRANSITION_MONTHS',
  REVOLVING_DOOR_REOPENINGS = 'REVOLVING_DOOR_REOPENINGS',
  REVOLVING_DOOR_REOPEN_MONTHS = 'REVOLVING_DOOR_REOPEN_MONTHS',
  RE_REFERRALS = 'RE_REFERRALS',
  RE_REFERRAL_MONTHS = 'RE_REFERRAL_MONTHS',
  REPEAT_MARAC_MONTHS = 'REPEAT_MARAC_MONTHS',
  POST_SEPARATION_CLOSURE_DAYS = 'POST_SEPARATION_CLOSURE_DAYS',
  RECONCILIATION_AFTER_CLOSURE_MONTHS = 'RECONCILIATION_AFTER_CLOSURE_MONTHS',
  DASH_HIGH_RISK_SCORE = 'DASH_HIGH_RISK_SCORE',
  NOT_ENGAGED_MONTHS = 'NOT_ENGAGED_MONTHS',
  RESPONSIBILITY_ON_VICTIM_PERCENT = 'RESPONSIBILITY_ON_VICTIM_PERCENT',
  REFERRAL_NO_FEEDBACK_DAYS = 'REFERRAL_NO_FEEDBACK_DAYS',
  DECLINED_NO_ALTERNATIVE_DAYS = 'DECLINED_NO_ALTERNATIVE_DAYS',
  FAMILY_NOT_HEARD_MEETINGS = 'FAMILY_NOT_HEARD_MEETINGS',
  FAMILY_NOT_HEARD_CHILD_AGE = 'FAMILY_NOT_HEARD_CHILD_AGE',
}

export interface SettingRule {
  defaultValue: number;
  min: number;
  max: number;
  unit: 'days' | 'months' | 'count' | 'percent' | 'score' | 'years';
  description: string;
}

/** The defaults here match the migration's seed; min and max are what an administrator may set. */
export const SIGNAL_SETTINGS: Record<SignalSettingKey, SettingRule> = {
  REVOLVING_DOOR_TRANSITIONS: {
    defaultValue: 3,
    min: 1,
    max: 50,
    unit: 'count',
    description: "Steps up or down in a child's level that make a revolving door.",
  },
  REVOLVING_DOOR_TRANSITION_MONTHS: {
    defaultValue: 24,
    min: 1,
    max: 120,
    unit: 'months',
    description: 'The period, back from today, in which those steps are counted.',
  },
  REVOLVING_DOOR_REOPENINGS: { defaultValue: 2, min: 1, max: 50, unit: 'count', description: 'Closures followed by a re-opening that make a revolving door.' },
  REVOLVING_DOOR_REOPEN_MONTHS: {
    defaultValue: 12,
    min: 1,
    max: 120,
    unit: 'months',
    description: 'The period, back from today, in which those closures and re-openings are counted.',
  },
  RE_REFERRALS: { defaultValue: 2, min: 1, max: 50, unit: 'count', description: 'Re-referrals to CSC that make a revolving door.' },
  RE_REFERRAL_MONTHS: { defaultValue: 12, min: 1, max: 120, unit: 'months', description: 'A referral within this long of the previous one is a re-referral.' },
  REPEAT_MARAC_MONTHS: {
    defaultValue: 12,
    min: 1,
    max: 120,
    unit: 'months',
    description: 'A MARAC referral within this long of the previous one is a repeat.',
  },
  POST_SEPARATION_CLOSURE_DAYS: {
    defaultValue: 28,
    min: 1,
    max: 365,
    unit: 'days',
    description: 'A closure or step down this soon after a separation, or after the person causing harm left, is a post-separation closure.',
  },
  RECONCILIATION_AFTER_CLOSURE_MONTHS: {
    defaultValue: 6,
    min: 1,
    max: 60,
    unit: 'months',
    description: 'A reconciliation this soon after a closure that followed separation is raised.',
  },
  DASH_HIGH_RISK_SCORE: { defaultValue: 14, min: 1, max: 24, unit: 'score', description: 'A DASH score at or above this is high risk.' },
  NOT_ENGAGED_MONTHS: {
    defaultValue: 6,
    min: 1,
    max: 60,
    unit: 'months',
    description: 'The period in which the person causing harm must have been engaged somehow.',
  },
  RESPONSIBILITY_ON_VICTIM_PERCENT: {
    defaultValue: 75,
    min: 1,
    max: 100,
    unit: 'percent',
    description: "Share of a plan's open adult actions about the adult victim that is raised.",
  },
  REFERRAL_NO_FEEDBACK_DAYS: {
    defaultValue: 28,
    min: 1,
    max: 365,
    unit: 'days',
    description: 'A referral from a meeting with no status change for this long is raised.',
  },
  DECLINED_NO_ALTERNATIVE_DAYS: {
    defaultValue: 28,
    min: 1,
    max: 365,
    unit: 'days',
    description: 'How long after a decline an alternative referral may follow.',
  },
  FAMILY_NOT_HEARD_MEETINGS: {
    defaultValue: 2,
    min: 1,
    max: 20,
    unit: 'count',
    description: 'How many of the latest meetings about a family are checked for the family being heard.',
  },
  FAMILY_NOT_HEARD_CHILD_AGE: { defaultValue: 5, min: 0, max: 17, unit: 'years', description: "The age from which a child's own view is expected." },
};

registerEnumType(SignalSettingKey, {
  name: 'SignalSettingKey',
  valuesMap: Object.fromEntries(Object.entries(SIGNAL_SETTINGS).map(([key, rule]) => [key, { description: rule.description }])),
});

export type SignalSettingValues = Record<SignalSettingKey, number>;

export function defaultSettingValues(): SignalSettingValues {
  return Object.fromEntries(Object.entries(SIGNAL_SETTINGS).map(([key, rule]) => [key, rule.defaultValue])) as SignalSettingValues;
}

/** Why a value cannot be set, or null when it can. */
export function settingProblem(key: SignalSettingKey, value: number): string | null {
  const rule = SIGNAL_SETTINGS[key];
  if (!Number.isInteger(value) || value < rule.min || value > rule.max) {
    return `${key} must be a whole number${rule.unit === 'count' ? '' : ` of ${rule.unit}`} from ${rule.min} to ${rule.max}`;
  }
  return null;
}
