import { registerEnumType } from '@nestjs/graphql';

/** docs/domain.md §3.8: the levels a child's case moves between, lowest to highest. */
export enum InterventionLevel {
  NONE = 'NONE',
  UNIVERSAL = 'UNIVERSAL',
  EARLY_HELP = 'EARLY_HELP',
  CIN = 'CIN',
  CP_PLAN = 'CP_PLAN',
  LAC = 'LAC',
}
registerEnumType(InterventionLevel, {
  name: 'InterventionLevel',
  description: 'Lowest to highest: NONE, UNIVERSAL, EARLY_HELP, CIN (Child in Need), CP_PLAN (Child Protection plan), LAC (looked after).',
});

const ORDER = Object.values(InterventionLevel);

export function rank(level: InterventionLevel): number {
  return ORDER.indexOf(level);
}

export enum TransitionKind {
  OPEN = 'OPEN',
  STEP_UP = 'STEP_UP',
  STEP_DOWN = 'STEP_DOWN',
  CLOSE = 'CLOSE',
}
registerEnumType(TransitionKind, { name: 'TransitionKind' });

/** CIN census reasons for closure (docs/domain.md §7.3). */
export enum ClosureReason {
  RC1 = 'RC1',
  RC2 = 'RC2',
  RC3 = 'RC3',
  RC4 = 'RC4',
  RC5 = 'RC5',
  RC6 = 'RC6',
  RC7 = 'RC7',
  RC8 = 'RC8',
  RC9 = 'RC9',
}
registerEnumType(ClosureReason, {
  name: 'ClosureReason',
  description:
    'CIN census: RC1 adopted, RC2 died, RC3 child arrangements order, RC4 special guardianship order, RC5 transferred to another LA, RC6 transferred to adult social care, RC7 services ceased for any other reason, RC8 closed after assessment with no further action, RC9 closed after assessment and referred to Early Help.',
});

/** Local sub-reasons beside the census code: the census has no code for "closed on separation". */
export enum ClosureSubReason {
  PARENTS_SEPARATED = 'PARENTS_SEPARATED',
  PERSON_CAUSING_HARM_LEFT = 'PERSON_CAUSING_HARM_LEFT',
  FAMILY_MOVED = 'FAMILY_MOVED',
  FAMILY_DISENGAGED = 'FAMILY_DISENGAGED',
  OTHER = 'OTHER',
}
registerEnumType(ClosureSubReason, { name: 'ClosureSubReason' });

/** Why a step is not allowed, or null when it is. */
export function stepProblem(kind: TransitionKind.STEP_UP | TransitionKind.STEP_DOWN, from: InterventionLevel, to: InterventionLevel): string | null {
  if (to === InterventionLevel.NONE) return 'cannot be NONE; close the episode instead';
  if (kind === TransitionKind.STEP_UP && rank(to) <= rank(from)) return `a step up must go to a level higher than ${from}`;
  if (kind === TransitionKind.STEP_DOWN && rank(to) >= rank(from)) return `a step down must go to a level lower than ${from}`;
  return null;
}
