import { BrowserRouter, Route, Routes, useLocation } from 'react-router';
import { Layout } from './components/layout';
import { Loading } from './components/display';
import { ScreenBoundary } from './components/screen-boundary';
import { GraphqlProvider } from './graphql/client';
import { MaracReferralPage } from './pages/dash/marac-referral';
import { MaracReferralSentPage } from './pages/dash/marac-referral-sent';
import { RecordRiskAssessmentPage } from './pages/dash/record-risk-assessment';
import { RiskAssessmentPage } from './pages/dash/risk-assessment';
import { MeetingPage } from './pages/meetings/meeting-page';
import { MeetingsListPage } from './pages/meetings/meetings-list';
import { OverdueActionsPage } from './pages/meetings/overdue-actions';
import { ScheduleMeetingPage } from './pages/meetings/schedule-meeting';
import { FamilyPage } from './pages/family/family-page';
import { MeetingLivePage } from './pages/meeting-live/meeting-live-page';
import { MeetingPrintPage } from './pages/meeting-print';
import { MyWorkPage } from './pages/my-work';
import { NotFoundPage } from './pages/not-found';
import { SearchPage } from './pages/search';
import { SignInPage } from './pages/sign-in';
import { ChangeEpisodePage } from './pages/episodes/change-episode';
import { OpenEpisodePage } from './pages/episodes/open-episode';
import { ProposalPage } from './pages/episodes/proposal-page';
import { ProposalsWaitingPage } from './pages/episodes/proposals-waiting';
import { RecordSafetyPlanPage } from './pages/safety-plans/record-safety-plan';
import { ProgrammeSessionsPage } from './pages/programme/programme-sessions-page';
import { MatacWorklistPage } from './pages/matac/matac-worklist-page';
import { ActionReviewPage } from './pages/action-review/action-review';
import { ActionReviewReportPage } from './pages/action-review/action-review-report';
import { CaseResearchPage } from './pages/research/case-research';
import { DataReturnPage } from './pages/research/data-return';
import { MeetingResearchPage } from './pages/research/meeting-research';
import { ResearchStatusPage } from './pages/research/research-status';
import { SessionProvider, useSession } from './session/session';
import { MyFamiliesPage } from './pages/practitioner/my-families';
import { RecordMemberLeftPage, RecordReconciliationPage, RecordSeparationPage } from './pages/practitioner/household-forms';
import { RecordHarmRelationshipPage, RecordIncidentPage } from './pages/practitioner/harm-forms';
import { RecordAssessmentPage, RecordSocioEconomicContextPage } from './pages/practitioner/assessment-forms';
import { EndChildContactPage, EndKinshipPlacementPage, RecordChildContactPage, RecordKinshipPlacementPage } from './pages/practitioner/child-forms';
import { CreateReferralPage, ReferralPage } from './pages/practitioner/referral-forms';
import { AcknowledgeSignalPage, RecordPostSeparationReviewPage } from './pages/practitioner/signal-forms';
import { CoworkedFamiliesPage } from './pages/cowork/coworked-families';
import { CoworkFamilyPage } from './pages/cowork/cowork-family';
import { LogCoworkEntryPage } from './pages/cowork/log-cowork-entry';
import { IncomingReferralsPage } from './pages/incoming-referrals/incoming-referrals';
import { IncomingReferralPage } from './pages/incoming-referrals/referral-page';
import { AgencyActionsPage } from './pages/agency/agency-actions';
import { MaracDatasetReportPage } from './pages/reports/marac-dataset-report';
import { ParticipationItemsPage } from './pages/reports/participation-items';
import { ParticipationReportPage } from './pages/reports/participation-report';
import { ReferralOutcomesReportPage } from './pages/reports/referral-outcomes-report';
import { ReportsDashboardPage } from './pages/reports/reports-dashboard';
import { RevolvingDoorReportPage } from './pages/reports/revolving-door-report';
import { SocialGradientReportPage } from './pages/reports/social-gradient-report';
import { SignalsPage } from './pages/signals/signals-page';
import { AgenciesAndTeamsPage } from './pages/admin/agencies-teams';
import { AuditChainPage } from './pages/admin/audit-chain';
import { CreateUserPage } from './pages/admin/create-user';
import { NewServicePage, ServicePage } from './pages/admin/service-form';
import { ServicesListPage } from './pages/admin/services-list';
import { SignalSettingsPage } from './pages/admin/signal-settings';
import { UserPage } from './pages/admin/user-page';
import { UsersListPage } from './pages/admin/users-list';
import { AllocateFamilyPage } from './pages/manage/allocate-family';
import { AllocationPage } from './pages/manage/allocation';
import { AuditTrailPage } from './pages/manage/audit-trail';
import { BreakGlassPage } from './pages/manage/break-glass';
import { DuplicatesPage } from './pages/manage/duplicates';

/** Routes for a signed-in user. A screen the role may not use says so (the API decides). */
function SignedInRoutes() {
  return (
    <Routes>
      <Route path="/" element={<MyWorkPage />} />
      <Route path="/families/:familyId/risk-assessments/new" element={<RecordRiskAssessmentPage />} />
      <Route path="/families/:familyId/risk-assessments/:assessmentId" element={<RiskAssessmentPage />} />
      <Route path="/families/:familyId/risk-assessments/:assessmentId/marac-referral" element={<MaracReferralPage />} />
      <Route path="/families/:familyId/marac-referrals/:referralId" element={<MaracReferralSentPage />} />
      <Route path="/search" element={<SearchPage />} />
      <Route path="/meetings" element={<MeetingsListPage />} />
      <Route path="/meetings/new" element={<ScheduleMeetingPage />} />
      <Route path="/meetings/:id" element={<MeetingPage />} />
      <Route path="/actions/overdue" element={<OverdueActionsPage />} />
      <Route path="/families/:id" element={<FamilyPage />} />
      <Route path="/meetings/:id/live" element={<MeetingLivePage />} />
      <Route path="/meetings/:id/print" element={<MeetingPrintPage />} />
      <Route path="/my-families" element={<MyFamiliesPage />} />
      <Route path="/families/:familyId/separations/new" element={<RecordSeparationPage />} />
      <Route path="/families/:familyId/reconciliations/new" element={<RecordReconciliationPage />} />
      <Route path="/families/:familyId/members-leaving/new" element={<RecordMemberLeftPage />} />
      <Route path="/families/:familyId/incidents/new" element={<RecordIncidentPage />} />
      <Route path="/families/:familyId/harm-relationships/new" element={<RecordHarmRelationshipPage />} />
      <Route path="/families/:familyId/assessments/new" element={<RecordAssessmentPage />} />
      <Route path="/families/:familyId/child-contacts/new" element={<RecordChildContactPage />} />
      <Route path="/families/:familyId/child-contacts/:recordId/end" element={<EndChildContactPage />} />
      <Route path="/families/:familyId/kinship-placements/new" element={<RecordKinshipPlacementPage />} />
      <Route path="/families/:familyId/kinship-placements/:recordId/end" element={<EndKinshipPlacementPage />} />
      <Route path="/families/:familyId/socio-economic-context/new" element={<RecordSocioEconomicContextPage />} />
      <Route path="/families/:familyId/referrals/new" element={<CreateReferralPage />} />
      <Route path="/families/:familyId/referrals/:referralId" element={<ReferralPage />} />
      <Route path="/families/:familyId/signals/:signalId/acknowledge" element={<AcknowledgeSignalPage />} />
      <Route path="/families/:familyId/post-separation-reviews/new" element={<RecordPostSeparationReviewPage />} />
      <Route path="/cowork" element={<CoworkedFamiliesPage />} />
      <Route path="/cowork/:familyId" element={<CoworkFamilyPage />} />
      <Route path="/cowork/:familyId/entries/new" element={<LogCoworkEntryPage />} />
      <Route path="/incoming-referrals" element={<IncomingReferralsPage />} />
      <Route path="/incoming-referrals/:id" element={<IncomingReferralPage />} />
      <Route path="/agency/actions" element={<AgencyActionsPage />} />
      <Route path="/signals" element={<SignalsPage />} />
      <Route path="/reports" element={<ReportsDashboardPage />} />
      <Route path="/reports/participation" element={<ParticipationReportPage />} />
      <Route path="/reports/participation/items" element={<ParticipationItemsPage />} />
      <Route path="/reports/revolving-door" element={<RevolvingDoorReportPage />} />
      <Route path="/reports/referral-outcomes" element={<ReferralOutcomesReportPage />} />
      <Route path="/reports/marac" element={<MaracDatasetReportPage />} />
      <Route path="/reports/social-gradient" element={<SocialGradientReportPage />} />
      <Route path="/admin/users" element={<UsersListPage />} />
      <Route path="/admin/users/new" element={<CreateUserPage />} />
      <Route path="/admin/users/:id" element={<UserPage />} />
      <Route path="/admin/agencies" element={<AgenciesAndTeamsPage />} />
      <Route path="/admin/services" element={<ServicesListPage />} />
      <Route path="/admin/services/new" element={<NewServicePage />} />
      <Route path="/admin/services/:id" element={<ServicePage />} />
      <Route path="/admin/signal-settings" element={<SignalSettingsPage />} />
      <Route path="/admin/audit-chain" element={<AuditChainPage />} />
      <Route path="/manage/allocation" element={<AllocationPage />} />
      <Route path="/manage/families/:familyId/allocate" element={<AllocateFamilyPage />} />
      <Route path="/manage/duplicates" element={<DuplicatesPage />} />
      <Route path="/manage/break-glass" element={<BreakGlassPage />} />
      <Route path="/manage/audit" element={<AuditTrailPage />} />
      <Route path="/families/:familyId/episodes/new" element={<OpenEpisodePage />} />
      <Route path="/families/:familyId/episodes/:episodeId/step-up" element={<ChangeEpisodePage change="step-up" />} />
      <Route path="/families/:familyId/episodes/:episodeId/step-down" element={<ChangeEpisodePage change="step-down" />} />
      <Route path="/families/:familyId/episodes/:episodeId/close" element={<ChangeEpisodePage change="close" />} />
      <Route path="/proposals" element={<ProposalsWaitingPage />} />
      <Route path="/proposals/:id" element={<ProposalPage />} />
      <Route path="/families/:familyId/safety-plans/new" element={<RecordSafetyPlanPage />} />
      <Route path="/referrals/:id/sessions" element={<ProgrammeSessionsPage />} />
      <Route path="/matac" element={<MatacWorklistPage />} />
      <Route path="/meetings/:id/research" element={<MeetingResearchPage />} />
      <Route path="/meetings/:meetingId/research/:itemId" element={<CaseResearchPage />} />
      <Route path="/meetings/:id/research-status" element={<ResearchStatusPage />} />
      <Route path="/meetings/:id/action-review" element={<ActionReviewPage />} />
      <Route path="/reports/action-review" element={<ActionReviewReportPage />} />
      <Route path="/reports/marac-data-return" element={<DataReturnPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

function Screens() {
  const session = useSession();
  const { pathname } = useLocation();
  return (
    <Layout>
      <ScreenBoundary key={pathname}>
        {session.status === 'restoring' ? <Loading /> : session.status === 'signed-in' ? <SignedInRoutes /> : <SignInPage />}
      </ScreenBoundary>
    </Layout>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <GraphqlProvider>
          <Screens />
        </GraphqlProvider>
      </SessionProvider>
    </BrowserRouter>
  );
}
