import { useState } from 'react';
import { useSession } from '../../session/session';

/**
 * Downloads an export with the session's token (it lives only in memory, so a bare link could not
 * send it) and saves the answer as a file: Blob, object URL, a link with the download attribute.
 */
export function CsvDownload({ path, label }: { path: string; label: string }) {
  const session = useSession();
  const [state, setState] = useState<{ busy: boolean; problem?: string; saved?: string }>({ busy: false });
  const download = async () => {
    setState({ busy: true });
    try {
      const response = await fetch(path, { headers: { authorization: `Bearer ${session.accessToken() ?? ''}` } });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { errors?: Array<{ message: string }> } | null;
        setState({ busy: false, problem: body?.errors?.[0]?.message ?? 'The file could not be made. Try again in a moment.' });
        return;
      }
      const filename = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'report.csv';
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = filename;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ busy: false, saved: filename });
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
        {state.busy ? 'Preparing the file…' : state.saved ? `Saved ${state.saved}. Small numbers read "fewer than 5" in it too.` : ''}
      </p>
      {state.problem && (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {state.problem}
        </p>
      )}
    </div>
  );
}
