import { humanise } from '../../components/display';

export const STATUS_COLOURS = {
  SUBMITTED: 'yellow',
  DECLINED: 'red',
  WITHDRAWN: 'grey',
  DISENGAGED: 'red',
  COMPLETED: 'green',
  ENGAGED: 'green',
  ACCEPTED: 'blue',
} as const;

export const statusColour = (status: string) => STATUS_COLOURS[status as keyof typeof STATUS_COLOURS];

const ACRONYMS = ['MARAC', 'IDVA', 'CAMHS', 'FGC', 'CSC', 'DVA'];

/** "PERPETRATOR_PROGRAMME" → "Perpetrator programme", keeping the acronyms practitioners use. */
export const serviceTypeName = (type: string) =>
  humanise(type)
    .split(' ')
    .map((word) => (ACRONYMS.includes(word.toUpperCase()) ? word.toUpperCase() : word))
    .join(' ');

export const DECLINE_REASONS = [
  { value: 'ELIGIBILITY', label: 'Eligibility: a criterion of the service is not met' },
  { value: 'CAPACITY', label: 'Capacity: the service cannot take the referral now' },
  { value: 'DUPLICATE', label: 'Duplicate: the person is already referred' },
  { value: 'NOT_APPROPRIATE', label: 'Not appropriate for this service' },
  { value: 'OTHER', label: 'Other' },
];

export const declineReasonLabel = (reason: string | null | undefined) =>
  reason ? (DECLINE_REASONS.find((r) => r.value === reason)?.label ?? humanise(reason)) : '';

/** What the receiving service records next, by status (referral-lifecycle.ts on the API). */
export const NEXT_STEPS: Record<string, Array<{ value: string; label: string }>> = {
  SUBMITTED: [
    { value: 'ACCEPTED', label: 'Accept the referral' },
    { value: 'DECLINED', label: 'Decline the referral' },
  ],
  ACCEPTED: [
    { value: 'ENGAGED', label: 'Engaged: first contact or session took place' },
    { value: 'DISENGAGED', label: 'Disengaged: never took the service up' },
  ],
  ENGAGED: [
    { value: 'COMPLETED', label: 'Completed the service' },
    { value: 'DISENGAGED', label: 'Disengaged: stopped engaging' },
  ],
};
