import type { ChildView, DecisionKind, InterventionLevel, ParticipationKind, ScopeRole } from '../../gql/graphql';

/** How each family member took part, in the words a chair would use at the table. */
export const PARTICIPATION_LABELS: Record<ParticipationKind, string> = {
  ATTENDED: 'Attended',
  ATTENDED_PART: 'Attended part of the discussion',
  VIEWS_VIA_ADVOCATE: 'Views given through an advocate (for example the IDVA)',
  WRITTEN_VIEWS: 'Gave written views',
  SEPARATE_MEETING: 'Met separately',
  INVITED_DECLINED: 'Invited, but declined',
  NOT_INVITED: 'Not invited',
  EXCLUDED_FOR_SAFETY: 'Excluded for safety',
  NOT_APPLICABLE: 'Not applicable',
};

export const CHILD_VIEW_LABELS: Record<ChildView, string> = {
  DIRECT_WORK: 'Through direct work with the child',
  VIA_ADVOCATE: 'Through an advocate',
  WRITTEN: 'In writing',
  NOT_RECORDED: 'The child’s view was not recorded',
};

export const DECISION_LABELS: Record<DecisionKind, string> = {
  STEP_UP: 'Step up',
  STEP_DOWN: 'Step down',
  CLOSE: 'Close the episode',
  OPEN_EPISODE: 'Open an episode',
  OTHER: 'Another decision (in words only)',
};

export const LEVEL_LABELS: Record<InterventionLevel, string> = {
  NONE: 'None',
  UNIVERSAL: 'Universal services',
  EARLY_HELP: 'Early Help',
  CIN: 'Child in Need',
  CP_PLAN: 'Child Protection plan',
  LAC: 'Looked after',
};

export const SCOPE_LABELS: Record<ScopeRole, string> = {
  ADULT_VICTIM: 'adult victim',
  PERSON_CAUSING_HARM: 'person causing harm',
  CHILD: 'child',
  OTHER_ADULT: 'other adult',
  WIDER_FAMILY: 'wider family',
};

export const CLOSURE_REASONS: Array<{ value: string; label: string }> = [
  { value: 'RC1', label: 'RC1 Adopted' },
  { value: 'RC2', label: 'RC2 Died' },
  { value: 'RC3', label: 'RC3 Child arrangements order' },
  { value: 'RC4', label: 'RC4 Special guardianship order' },
  { value: 'RC5', label: 'RC5 Transferred to another local authority' },
  { value: 'RC6', label: 'RC6 Transferred to adult social care' },
  { value: 'RC7', label: 'RC7 Services ceased for any other reason' },
  { value: 'RC8', label: 'RC8 Closed after assessment, no further action' },
  { value: 'RC9', label: 'RC9 Closed after assessment, referred to Early Help' },
];

export const CLOSURE_SUB_REASONS: Array<{ value: string; label: string }> = [
  { value: 'PARENTS_SEPARATED', label: 'Parents separated' },
  { value: 'PERSON_CAUSING_HARM_LEFT', label: 'Person causing harm left' },
  { value: 'FAMILY_MOVED', label: 'Family moved' },
  { value: 'FAMILY_DISENGAGED', label: 'Family disengaged' },
  { value: 'OTHER', label: 'Other' },
];

export const options = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
