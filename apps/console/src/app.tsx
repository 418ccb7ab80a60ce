import { BrowserRouter, Route, Routes } from 'react-router';
import { Layout } from './components/layout';
import { Loading } from './components/display';
import { GraphqlProvider } from './graphql/client';
import { MeetingLivePage } from './pages/meeting-live/meeting-live-page';
import { MeetingPrintPage } from './pages/meeting-print';
import { MyWorkPage } from './pages/my-work';
import { NotFoundPage } from './pages/not-found';
import { SignInPage } from './pages/sign-in';
import { SessionProvider, useSession } from './session/session';

/** Routes for a signed-in user. A screen the role may not use says so (the API decides). */
function SignedInRoutes() {
  return (
    <Routes>
      <Route path="/" element={<MyWorkPage />} />
      <Route path="/meetings/:id/live" element={<MeetingLivePage />} />
      <Route path="/meetings/:id/print" element={<MeetingPrintPage />} />
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
