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
import { ActionReviewPage } from './pages/action-review/action-review';
import { ActionReviewReportPage } from './pages/action-review/action-review-report';
import { CaseResearchPage } from './pages/research/case-research';
import { DataReturnPage } from './pages/research/data-return';
import { MeetingResearchPage } from './pages/research/meeting-research';
import { ResearchStatusPage } from './pages/research/research-status';
import { SessionProvider, useSession } from './session/session';

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
