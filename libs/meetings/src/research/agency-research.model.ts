import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { HiddenFieldsField, RestrictedField } from '@waymark/access';
import { LocalDate } from '@waymark/platform';

const VICTIM_SIDE = 'Never shown to anyone working with people causing harm.';

@ObjectType('AgencyResearch', { description: "One invited agency's research on one MARAC case: facts apart from opinion, and what it held back and why." })
export class AgencyResearchModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  agendaItemId: string;

  @Field(() => ID)
  meetingId: string;

  @Field(() => ID, { description: 'The agency that researched.' })
  agencyId: string;

  @Field({ description: 'False: the agency searched its records and holds nothing on this family.' })
  holdsRecords: boolean;

  @HiddenFieldsField('AgencyResearch')
  hiddenFields?: string[];

  @RestrictedField('AgencyResearch', () => String, { description: `Facts held about the adult victim. ${VICTIM_SIDE}` })
  victimFacts: string | null;

  @Field(() => String, { nullable: true, description: 'Facts held about the person causing harm.' })
  personCausingHarmFacts: string | null;

  @RestrictedField('AgencyResearch', () => String, { description: `Facts held about the children. ${VICTIM_SIDE}` })
  childrenFacts: string | null;

  @RestrictedField('AgencyResearch', () => String, { description: `The agency's professional opinion of the risk. ${VICTIM_SIDE}` })
  professionalOpinion: string | null;

  @RestrictedField('AgencyResearch', () => String, { description: `What the agency holds but decided not to share. ${VICTIM_SIDE}` })
  notShared: string | null;

  @RestrictedField('AgencyResearch', () => String, { description: `Why it is not shared. ${VICTIM_SIDE}` })
  notSharedReason: string | null;

  @Field(() => LocalDate, { description: 'When the records were searched.' })
  researchedOn: string;

  @Field(() => ID)
  researcherUserId: string;

  @Field({ description: 'When the research was last recorded.' })
  recordedAt: Date;
}

@ObjectType('CaseResearchStatus', { description: 'Whether one invited agency has researched one case.' })
export class CaseResearchStatusModel {
  @Field(() => ID)
  agencyId: string;

  @Field()
  researched: boolean;

  @Field(() => String, { nullable: true, description: 'Who researched, when researched.' })
  researcherName: string | null;

  @Field(() => LocalDate, { nullable: true })
  researchedOn: string | null;
}

@ObjectType('ResearchStatusCase', { description: 'One case on the agenda and, per invited agency, whether it has researched.' })
export class ResearchStatusCaseModel {
  @Field(() => ID)
  agendaItemId: string;

  @Field(() => Int)
  position: number;

  @Field()
  familyName: string;

  @Field(() => [CaseResearchStatusModel], { description: 'In the order of the meeting’s agencies.' })
  agencies: CaseResearchStatusModel[];
}

@ObjectType('ResearchStatusAgency', { description: 'An invited agency: how many cases it has researched, and reminders sent.' })
export class ResearchStatusAgencyModel {
  @Field(() => ID)
  agencyId: string;

  @Field()
  agencyName: string;

  @Field(() => Int)
  researched: number;

  @Field(() => Int)
  outstanding: number;

  @Field(() => Int)
  remindersSent: number;

  @Field(() => Date, { nullable: true })
  lastRemindedAt: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Sent apologies: whether it sent its information. Null unless recorded absent.' })
  informationSent: boolean | null;
}

@ObjectType('MeetingResearchStatus', { description: 'For whoever runs a MARAC: per case and per invited agency, who has researched and who has not.' })
export class MeetingResearchStatusModel {
  @Field(() => ID)
  meetingId: string;

  @Field(() => [ResearchStatusAgencyModel])
  agencies: ResearchStatusAgencyModel[];

  @Field(() => [ResearchStatusCaseModel])
  cases: ResearchStatusCaseModel[];
}

@ObjectType('ResearchReminder', { description: 'A reminder sent to an agency with cases still to research.' })
export class ResearchReminderModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  meetingId: string;

  @Field(() => ID)
  agencyId: string;

  @Field(() => Int, { description: 'Cases the agency had still to research.' })
  outstandingCases: number;

  @Field(() => Int, { description: 'How many of its users were notified.' })
  recipients: number;

  @Field()
  sentAt: Date;
}
