import { BrowserRouter, Route, Routes } from 'react-router';
import { Layout } from './components/layout';
import { Loading } from './components/display';
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
import { SessionProvider, useSession } from './session/session';
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
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

function Screens() {
  const session = useSession();
  return <Layout>{session.status === 'restoring' ? <Loading /> : session.status === 'signed-in' ? <SignedInRoutes /> : <SignInPage />}</Layout>;
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
