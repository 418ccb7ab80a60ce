import { FormEvent, useState } from 'react';
import { Button, ErrorSummary, TextInput } from '../components/forms';
import { NO_PROBLEMS, ProblemList } from '../graphql/errors';
import { useSession } from '../session/session';
import { SessionError } from '../session/session-api';

export function SignInPage() {
  const session = useSession();
  const [email, setEmail] = useState(session.session?.user ? '' : '');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: ProblemList = { summary: [], byField: {} };
    if (!email.trim()) missing.byField.email = 'Enter your email address';
    if (!password) missing.byField.password = 'Enter your password';
    missing.summary = Object.entries(missing.byField).map(([field, message]) => ({ field, message }));
    if (missing.summary.length) return setProblems(missing);
    setBusy(true);
    try {
      await session.signIn(email, password);
    } catch (error) {
      const failure = error instanceof SessionError ? error : new SessionError('Signing in did not work. Try again.', 'INTERNAL');
      const byField = Object.keys(failure.fields).length ? failure.fields : {};
      setProblems({
        summary: Object.keys(byField).length
          ? Object.entries(byField).map(([field, message]) => ({ field, message: `Email ${message}` }))
          : [{ message: failure.message }],
        byField,
      });
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={problems} />
        <h1 className="govuk-heading-l">Sign in to Waymark</h1>
        {session.status === 'expired' && (
          <div className="govuk-inset-text">Your session ended. Sign in again to carry on: anything you had typed and not saved is still there.</div>
        )}
        <form onSubmit={submit} noValidate>
          <TextInput name="email" label="Email address" type="email" autoComplete="username" problems={problems} value={email} onChange={setEmail} />
          <TextInput
            name="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            problems={problems}
            value={password}
            onChange={setPassword}
          />
          <Button disabled={busy}>Sign in</Button>
        </form>
      </div>
    </div>
  );
}
