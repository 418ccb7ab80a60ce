import { useState } from 'react';
import { downloadFile } from '../../graphql/download';
import { useSession } from '../../session/session';

/**
 * A button that downloads an export with the session's token and saves it as a file (downloadFile),
 * saying when it is ready or why it could not be made.
 */
export function CsvDownload({ path, label }: { path: string; label: string }) {
  const session = useSession();
  const [state, setState] = useState<{ busy: boolean; problem?: string; saved?: string }>({ busy: false });
  const download = async () => {
    setState({ busy: true });
    try {
      const result = await downloadFile(path, session.accessToken(), 'report.csv');
      if (!('saved' in result)) {
        setState({ busy: false, problem: result.error?.message ?? 'The file could not be made. Try again in a moment.' });
        return;
      }
      setState({ busy: false, saved: result.saved });
    } catch {
      setState({ busy: false, problem: 'Waymark cannot be reached just now. Check your connection and try again.' });
    }
  };
  return (
    <div className="govuk-!-margin-bottom-6">
      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1" disabled={state.busy} onClick={download}>
        Download {label} (CSV)
      </button>
      <p className="govuk-hint govuk-!-margin-0" role="status">
        {state.busy ? 'Preparing the file…' : state.saved ? `Saved ${state.saved}. Small numbers read "fewer than 5 or withheld" in it too.` : ''}
      </p>
      {state.problem && (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {state.problem}
        </p>
      )}
    </div>
  );
}
