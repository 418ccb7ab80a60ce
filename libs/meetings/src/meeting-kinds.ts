import { registerEnumType } from '@nestjs/graphql';

/** docs/domain.md §2.4, §3.13: the multi-agency meetings the platform runs. */
export enum MeetingType {
  MARAC = 'MARAC',
  INITIAL_CP_CONFERENCE = 'INITIAL_CP_CONFERENCE',
  CP_REVIEW_CONFERENCE = 'CP_REVIEW_CONFERENCE',
  CIN_REVIEW = 'CIN_REVIEW',
  STRATEGY_MEETING = 'STRATEGY_MEETING',
  FAMILY_GROUP_CONFERENCE = 'FAMILY_GROUP_CONFERENCE',
  TEAM_AROUND_THE_FAMILY = 'TEAM_AROUND_THE_FAMILY',
  MATAC = 'MATAC',
  PROFESSIONALS_MEETING = 'PROFESSIONALS_MEETING',
}
registerEnumType(MeetingType, {
  name: 'MeetingType',
  valuesMap: {
    MARAC: { description: 'Multi-Agency Risk Assessment Conference' },
    INITIAL_CP_CONFERENCE: { description: 'Initial Child Protection Conference (ICPC)' },
    CP_REVIEW_CONFERENCE: { description: 'Child Protection review conference' },
    CIN_REVIEW: { description: 'Child in Need review' },
    STRATEGY_MEETING: { description: 'Strategy meeting or discussion (whether to start S47 enquiries)' },
    FAMILY_GROUP_CONFERENCE: { description: 'Family Group Conference' },
    TEAM_AROUND_THE_FAMILY: { description: "Team Around the Family (Early Help's multi-agency meeting)" },
    MATAC: { description: 'Multi-Agency Tasking and Coordination (perpetrator-focused)' },
    PROFESSIONALS_MEETING: { description: "Professionals' meeting" },
  },
});

/** Words for summaries and notifications: "MARAC", "CIN review". */
export const MEETING_TYPE_WORDS: Record<MeetingType, string> = {
  MARAC: 'MARAC',
  INITIAL_CP_CONFERENCE: 'initial CP conference',
  CP_REVIEW_CONFERENCE: 'CP review conference',
  CIN_REVIEW: 'CIN review',
  STRATEGY_MEETING: 'strategy meeting',
  FAMILY_GROUP_CONFERENCE: 'family group conference',
  TEAM_AROUND_THE_FAMILY: 'Team Around the Family meeting',
  MATAC: 'MATAC',
  PROFESSIONALS_MEETING: "professionals' meeting",
};

export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MeetingStatus, { name: 'MeetingStatus' });

/** Why a person is in scope of an agenda item: the participation audit reports by kind of family member. */
export enum ScopeRole {
  ADULT_VICTIM = 'ADULT_VICTIM',
  PERSON_CAUSING_HARM = 'PERSON_CAUSING_HARM',
  CHILD = 'CHILD',
  WIDER_FAMILY = 'WIDER_FAMILY',
  OTHER_ADULT = 'OTHER_ADULT',
}
registerEnumType(ScopeRole, {
  name: 'ScopeRole',
  description: "A person's part in an agenda item. CHILD only for a child of the family, the others only for adults.",
});

export enum DecisionKind {
  STEP_UP = 'STEP_UP',
  STEP_DOWN = 'STEP_DOWN',
  CLOSE = 'CLOSE',
  OPEN_EPISODE = 'OPEN_EPISODE',
  OTHER = 'OTHER',
}
registerEnumType(DecisionKind, {
  name: 'DecisionKind',
  description:
    "STEP_UP, STEP_DOWN, CLOSE and OPEN_EPISODE change a child's journey (recorded as the episode's transition, linked to the meeting); OTHER records a decision in words only.",
});

/** docs/domain.md §3.14: how a family member took part in the discussion about them. */
export enum ParticipationKind {
  NOT_INVITED = 'NOT_INVITED',
  INVITED_DECLINED = 'INVITED_DECLINED',
  ATTENDED = 'ATTENDED',
  ATTENDED_PART = 'ATTENDED_PART',
  VIEWS_VIA_ADVOCATE = 'VIEWS_VIA_ADVOCATE',
  WRITTEN_VIEWS = 'WRITTEN_VIEWS',
  SEPARATE_MEETING = 'SEPARATE_MEETING',
  EXCLUDED_FOR_SAFETY = 'EXCLUDED_FOR_SAFETY',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
registerEnumType(ParticipationKind, {
  name: 'ParticipationKind',
  valuesMap: {
    VIEWS_VIA_ADVOCATE: { description: 'For example an IDVA representing the victim at MARAC.' },
    SEPARATE_MEETING: { description: 'Met separately, for example a father where a joint meeting is unsafe.' },
    EXCLUDED_FOR_SAFETY: { description: 'A reason is required.' },
  },
});

/** Whether and how a child's own view was recorded. */
export enum ChildView {
  DIRECT_WORK = 'DIRECT_WORK',
  VIA_ADVOCATE = 'VIA_ADVOCATE',
  WRITTEN = 'WRITTEN',
  NOT_RECORDED = 'NOT_RECORDED',
}
registerEnumType(ChildView, { name: 'ChildView', description: "How the child's own view was recorded for the meeting, or NOT_RECORDED." });

export enum ActionStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ActionStatus, { name: 'ActionStatus' });

/** The meeting's calendar date (UTC, like every other date the service computes), e.g. for the decisions taken at it. */
export function meetingDate(startsAt: Date): string {
  return startsAt.toISOString().slice(0, 10);
}
