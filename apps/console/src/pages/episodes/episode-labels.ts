import type { ClosureReason, ClosureSubReason, InterventionLevel } from '../../gql/graphql';
import { levelName } from '../family/journey';

/** The levels an episode can be at, lowest to highest. */
export const EPISODE_LEVELS: InterventionLevel[] = ['UNIVERSAL', 'EARLY_HELP', 'CIN', 'CP_PLAN', 'LAC'] as InterventionLevel[];

export const levelOptions = (levels: InterventionLevel[]) => levels.map((level) => ({ value: level, label: levelName(level) }));

/** CIN census reasons for closure, as the census words them. */
export const CLOSURE_REASONS: Array<{ value: ClosureReason; label: string }> = [
  ['RC1', 'Adopted'],
  ['RC2', 'Died'],
  ['RC3', 'Child arrangements order'],
  ['RC4', 'Special guardianship order'],
  ['RC5', 'Transferred to another local authority'],
  ['RC6', 'Transferred to adult social care'],
  ['RC7', 'Services ceased for any other reason, including no longer in need'],
  ['RC8', 'Closed after assessment, no further action'],
  ['RC9', 'Closed after assessment, referred to Early Help'],
].map(([code, words]) => ({ value: code as ClosureReason, label: `${code}: ${words}` }));

/** The local reason beside the census code: the census has none for "closed on separation". */
export const CLOSURE_SUB_REASONS: Array<{ value: ClosureSubReason; label: string }> = [
  ['PARENTS_SEPARATED', 'Parents separated'],
  ['PERSON_CAUSING_HARM_LEFT', 'Person causing harm left the household'],
  ['FAMILY_MOVED', 'Family moved'],
  ['FAMILY_DISENGAGED', 'Family disengaged'],
  ['OTHER', 'Other'],
].map(([value, label]) => ({ value: value as ClosureSubReason, label }));

export const closureReasonWords = (code: string | null | undefined) => CLOSURE_REASONS.find((r) => r.value === code)?.label ?? '';
export const subReasonWords = (code: string | null | undefined) => CLOSURE_SUB_REASONS.find((r) => r.value === code)?.label ?? '';

const SIGNAL_NAMES: Record<string, string> = {
  POST_SEPARATION_CLOSURE: 'Closure soon after a separation',
  REVOLVING_DOOR: 'Revolving door',
  RECONCILIATION_AFTER_CLOSURE: 'Reconciliation after closure',
  PERSON_CAUSING_HARM_NOT_ENGAGED: 'Person causing harm not engaged',
};
export const signalName = (kind: string) => SIGNAL_NAMES[kind] ?? kind.charAt(0) + kind.slice(1).toLowerCase().replace(/_/g, ' ');

/** "Close" or "Step down to Early Help", for a proposal. */
export const changeWords = (kind: string, toLevel: InterventionLevel) => (kind === 'CLOSE' ? 'Close the episode' : `Step down to ${levelName(toLevel)}`);

/** Today in London, 'YYYY-MM-DD' (the default date of a change). */
export const todayInLondon = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
