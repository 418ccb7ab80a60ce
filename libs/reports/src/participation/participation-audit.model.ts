import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MeetingType, ScopeRole } from '@waymark/meetings';
import { LocalDate } from '@waymark/platform';
import { ReportCountModel, ReportRateModel } from '../models/report-cell.model';

/** The recorded participation values (docs/domain.md §3.14), plus NOT_RECORDED for a person in scope with nothing recorded. */
export enum ParticipationOutcome {
  ATTENDED = 'ATTENDED',
  ATTENDED_PART = 'ATTENDED_PART',
  VIEWS_VIA_ADVOCATE = 'VIEWS_VIA_ADVOCATE',
  WRITTEN_VIEWS = 'WRITTEN_VIEWS',
  SEPARATE_MEETING = 'SEPARATE_MEETING',
  NOT_INVITED = 'NOT_INVITED',
  INVITED_DECLINED = 'INVITED_DECLINED',
  EXCLUDED_FOR_SAFETY = 'EXCLUDED_FOR_SAFETY',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
  NOT_RECORDED = 'NOT_RECORDED',
}
registerEnumType(ParticipationOutcome, { name: 'ParticipationOutcome', description: 'A participation value as recorded, or NOT_RECORDED.' });

/** The ways of taking part; every other outcome is a reason for not taking part. */
export const TOOK_PART: ParticipationOutcome[] = [
  ParticipationOutcome.ATTENDED,
  ParticipationOutcome.ATTENDED_PART,
  ParticipationOutcome.VIEWS_VIA_ADVOCATE,
  ParticipationOutcome.WRITTEN_VIEWS,
  ParticipationOutcome.SEPARATE_MEETING,
];
export const DID_NOT_TAKE_PART = Object.values(ParticipationOutcome).filter((o) => !TOOK_PART.includes(o));

/** The family members the audit reports on, by field (OTHER_ADULT is counted nowhere: they are not family). */
export const AUDITED_ROLES = {
  adultVictim: ScopeRole.ADULT_VICTIM,
  personCausingHarm: ScopeRole.PERSON_CAUSING_HARM,
  child: ScopeRole.CHILD,
  widerFamily: ScopeRole.WIDER_FAMILY,
} as const;

/** GraphQL field name for each outcome. */
export const OUTCOME_FIELDS: Record<ParticipationOutcome, keyof ParticipationOutcomesModel> = {
  ATTENDED: 'attended',
  ATTENDED_PART: 'attendedPart',
  VIEWS_VIA_ADVOCATE: 'viewsViaAdvocate',
  WRITTEN_VIEWS: 'writtenViews',
  SEPARATE_MEETING: 'separateMeeting',
  NOT_INVITED: 'notInvited',
  INVITED_DECLINED: 'invitedDeclined',
  EXCLUDED_FOR_SAFETY: 'excludedForSafety',
  NOT_APPLICABLE: 'notApplicable',
  NOT_RECORDED: 'notRecorded',
};

@ObjectType('ParticipationOutcomes', {
  description:
    'People in scope by outcome. The first five are the ways of taking part; the rest are the reasons recorded for not taking part (notRecorded: nothing was recorded).',
})
export class ParticipationOutcomesModel {
  @Field(() => ReportCountModel) attended: ReportCountModel;
  @Field(() => ReportCountModel) attendedPart: ReportCountModel;
  @Field(() => ReportCountModel) viewsViaAdvocate: ReportCountModel;
  @Field(() => ReportCountModel) writtenViews: ReportCountModel;
  @Field(() => ReportCountModel) separateMeeting: ReportCountModel;
  @Field(() => ReportCountModel) notInvited: ReportCountModel;
  @Field(() => ReportCountModel) invitedDeclined: ReportCountModel;
  @Field(() => ReportCountModel) excludedForSafety: ReportCountModel;
  @Field(() => ReportCountModel) notApplicable: ReportCountModel;
  @Field(() => ReportCountModel) notRecorded: ReportCountModel;
}

@ObjectType('FamilyMemberParticipation', { description: 'How one kind of family member took part in the agenda items of one meeting type.' })
export class FamilyMemberParticipationModel {
  @Field(() => ReportCountModel, { description: 'Agenda items with at least one person of this kind in scope.' })
  itemsWithMember: ReportCountModel;

  @Field(() => ReportCountModel, { description: 'Of those, items where at least one of them took part in any way.' })
  itemsWhereMemberTookPart: ReportCountModel;

  @Field(() => ReportRateModel, { description: 'itemsWhereMemberTookPart / itemsWithMember.' })
  shareOfItems: ReportRateModel;

  @Field(() => ReportCountModel, { description: 'People of this kind in scope, counted once per item.' })
  peopleInScope: ReportCountModel;

  @Field(() => ReportCountModel)
  peopleWhoTookPart: ReportCountModel;

  @Field(() => ParticipationOutcomesModel, { description: 'How they took part, and the reasons recorded when they did not.' })
  outcomes: ParticipationOutcomesModel;
}

@ObjectType('MeetingTypeParticipation')
export class MeetingTypeParticipationModel {
  @Field(() => MeetingType)
  meetingType: MeetingType;

  @Field(() => ReportCountModel)
  agendaItems: ReportCountModel;

  @Field(() => FamilyMemberParticipationModel)
  adultVictim: FamilyMemberParticipationModel;

  @Field(() => FamilyMemberParticipationModel)
  personCausingHarm: FamilyMemberParticipationModel;

  @Field(() => FamilyMemberParticipationModel)
  child: FamilyMemberParticipationModel;

  @Field(() => FamilyMemberParticipationModel)
  widerFamily: FamilyMemberParticipationModel;

  @Field(() => ReportCountModel, { description: 'Children in scope, counted once per item.' })
  childrenInScope: ReportCountModel;

  @Field(() => ReportCountModel, { description: 'Of those, children whose own view was recorded (direct work, via an advocate, or written).' })
  childViewsRecorded: ReportCountModel;

  @Field(() => ReportRateModel)
  shareOfChildViewsRecorded: ReportRateModel;

  @Field(() => ReportCountModel, { description: 'People in scope whose record says they need an interpreter.' })
  interpreterNeeded: ReportCountModel;

  @Field(() => ReportCountModel, { description: 'Of those, people for whom an interpreter was provided.' })
  interpreterProvided: ReportCountModel;

  @Field(() => ReportRateModel)
  shareOfInterpreterNeedsMet: ReportRateModel;
}

@ObjectType('ParticipationAudit', {
  description:
    'Family participation audit: agenda items of meetings held (not cancelled) in the period, by meeting type. ' +
    'Took part = ATTENDED, ATTENDED_PART, VIEWS_VIA_ADVOCATE, WRITTEN_VIEWS or SEPARATE_MEETING.',
})
export class ParticipationAuditModel {
  @Field(() => LocalDate)
  from: string;

  @Field(() => LocalDate)
  to: string;

  @Field({ description: 'True when small numbers are suppressed in these figures (analysts).' })
  suppressionApplied: boolean;

  @Field(() => ReportCountModel)
  agendaItems: ReportCountModel;

  @Field(() => [MeetingTypeParticipationModel], { description: 'Meeting types with at least one item in scope.' })
  byMeetingType: MeetingTypeParticipationModel[];
}

@ObjectType('ParticipationAuditItem', { description: 'One agenda item behind a participation figure (drill-down; managers and coordinators only).' })
export class ParticipationAuditItemModel {
  @Field(() => ID)
  agendaItemId: string;

  @Field(() => ID)
  meetingId: string;

  @Field(() => MeetingType)
  meetingType: MeetingType;

  @Field(() => LocalDate)
  heldOn: string;

  @Field(() => ID)
  familyId: string;

  @Field({ description: "The family's name, as the agenda item shows it to whoever may read the item." })
  familyName: string;
}
