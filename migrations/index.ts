import { MigrationInterface } from 'typeorm';
import { CreateAuditTrail1764000000001 } from './1764000000001-CreateAuditTrail';
import { CreateAccounts1764000000002 } from './1764000000002-CreateAccounts';
import { CreateJobOutboxAndNotifications1764000000003 } from './1764000000003-CreateJobOutboxAndNotifications';
import { CreateTeams1764000000004 } from './1764000000004-CreateTeams';
import { CreatePeopleAndFamilies1764000000005 } from './1764000000005-CreatePeopleAndFamilies';
import { CreateEpisodes1764000000006 } from './1764000000006-CreateEpisodes';
import { CreateRelationships1764000000007 } from './1764000000007-CreateRelationships';
import { CreateAssessments1764000000008 } from './1764000000008-CreateAssessments';
import { CreateHarmAndContext1764000000009 } from './1764000000009-CreateHarmAndContext';
import { AddPersonMergeAndPostcode1764000000010 } from './1764000000010-AddPersonMergeAndPostcode';
import { CreateServicesAndReferrals1764000000011 } from './1764000000011-CreateServicesAndReferrals';
import { CreateIncidentsAndRiskAssessments1764000000012 } from './1764000000012-CreateIncidentsAndRiskAssessments';
import { CreateMeetings1764000000021 } from './1764000000021-CreateMeetings';
import { CreateMeetingActions1764000000022 } from './1764000000022-CreateMeetingActions';
import { CreateCowork1764000000031 } from './1764000000031-CreateCowork';
import { CreateChildContactAndKinshipPlacement1764000000041 } from './1764000000041-CreateChildContactAndKinshipPlacement';
import { CreateRiskSignals1764000000042 } from './1764000000042-CreateRiskSignals';
import { LinkReferralsToMeetings1764000000051 } from './1764000000051-LinkReferralsToMeetings';
import { TightenMeetingAndReferralAccess1764000000052 } from './1764000000052-TightenMeetingAndReferralAccess';
import { CreateSignalEvaluationMarks1764000000053 } from './1764000000053-CreateSignalEvaluationMarks';
import { AddSignalRunCandidatesAndDigests1764000000054 } from './1764000000054-AddSignalRunCandidatesAndDigests';
import { DescribeGeneratedColumnsForTypeorm1764000000057 } from './1764000000057-DescribeGeneratedColumnsForTypeorm';
import { CreatePractitionerContacts1764000000058 } from './1764000000058-CreatePractitionerContacts';
import { IndexOutboxJobsInQueue1764000000059 } from './1764000000059-IndexOutboxJobsInQueue';
import { CreateSafetyPlans1764000000200 } from './1764000000200-CreateSafetyPlans';
import { CreateProgrammeSessionsAndRiskViews1764000000201 } from './1764000000201-CreateProgrammeSessionsAndRiskViews';
import { CreateDatedPersonFacts1764000000202 } from './1764000000202-CreateDatedPersonFacts';
import { IndexPersonSearch1764000000060 } from './1764000000060-IndexPersonSearch';
import { AddMeetingVenue1764000000240 } from './1764000000240-AddMeetingVenue';
import { AddServiceCapacity1764000000160 } from './1764000000160-AddServiceCapacity';
import { CreateEpisodeChangeApprovals1764000000180 } from './1764000000180-CreateEpisodeChangeApprovals';
import { CreateAgencyResearchAndActionReview1764000000220 } from './1764000000220-CreateAgencyResearchAndActionReview';

/** Every migration, in order. Listed explicitly so that ts-node, Jest and the built app agree. */
export const MIGRATIONS: Array<new () => MigrationInterface> = [
  CreateAuditTrail1764000000001,
  CreateAccounts1764000000002,
  CreateJobOutboxAndNotifications1764000000003,
  CreateTeams1764000000004,
  CreatePeopleAndFamilies1764000000005,
  CreateEpisodes1764000000006,
  CreateRelationships1764000000007,
  CreateAssessments1764000000008,
  CreateHarmAndContext1764000000009,
  AddPersonMergeAndPostcode1764000000010,
  CreateServicesAndReferrals1764000000011,
  CreateIncidentsAndRiskAssessments1764000000012,
  CreateMeetings1764000000021,
  CreateMeetingActions1764000000022,
  CreateCowork1764000000031,
  CreateChildContactAndKinshipPlacement1764000000041,
  CreateRiskSignals1764000000042,
  LinkReferralsToMeetings1764000000051,
  TightenMeetingAndReferralAccess1764000000052,
  CreateSignalEvaluationMarks1764000000053,
  AddSignalRunCandidatesAndDigests1764000000054,
  DescribeGeneratedColumnsForTypeorm1764000000057,
  CreatePractitionerContacts1764000000058,
  IndexOutboxJobsInQueue1764000000059,
  IndexPersonSearch1764000000060,
  AddMeetingVenue1764000000240,
  AddServiceCapacity1764000000160,
  CreateEpisodeChangeApprovals1764000000180,
  CreateSafetyPlans1764000000200,
  CreateProgrammeSessionsAndRiskViews1764000000201,
  CreateAgencyResearchAndActionReview1764000000220,
  CreateDatedPersonFacts1764000000202,
];
