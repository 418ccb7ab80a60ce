import { useState } from 'react';
import { useSession } from './session';

/**
 * WCAG 2.2.1: before the token runs out, say so and let the user extend it with one button. Their
 * unsaved input is kept either way (drafts live in memory).
 */
export function SessionWarning() {
  const session = useSession();
  const [failed, setFailed] = useState(false);
  if (session.status !== 'signed-in' || session.warning === undefined) return null;
  const minutes = Math.max(1, Math.ceil(session.warning / 60_000));
  return (
    <div
      className="govuk-notification-banner wm-session-warning"
      role="alertdialog"
      aria-labelledby="session-warning-title"
      aria-describedby="session-warning-text"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="session-warning-title">
          Your session is about to end
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-body" id="session-warning-text">
          For your security you will be signed out in about {minutes} {minutes === 1 ? 'minute' : 'minutes'}. Anything you have typed and not yet saved is kept.
        </p>
        {failed && <p className="govuk-error-message">The session could not be extended. Save your work, then sign in again.</p>}
        <button
          type="button"
          className="govuk-button govuk-!-margin-bottom-0"
          onClick={() =>
            session.extend().then(
              () => setFailed(false),
              () => setFailed(true),
            )
          }
        >
          Stay signed in
        </button>
      </div>
    </div>
  );
}
