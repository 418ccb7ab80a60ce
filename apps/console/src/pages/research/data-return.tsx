import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Success } from '../../components/display';
import { Button, ErrorSummary, TextInput } from '../../components/forms';
import { downloadFile } from '../../graphql/download';
import { NO_PROBLEMS, ProblemList } from '../../graphql/errors';
import { useSession } from '../../session/session';
import { londonToday } from './research-labels';

/** The first and last day of the last full quarter, the period SafeLives asks for. */
function lastQuarter(): { from: string; to: string } {
  const [year, month] = londonToday().split('-').map(Number);
  const start = new Date(Date.UTC(year, Math.floor((month - 1) / 3) * 3 - 3, 1));
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 3, 0));
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
}

/** Downloads the SafeLives MARAC data return as a CSV file: fetched with the session's token, saved by the browser. */
export function DataReturnPage() {
  const { accessToken } = useSession();
  const [period, setPeriod] = useState(lastQuarter);
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function download(event: FormEvent) {
    event.preventDefault();
    setDownloaded(null);
    setBusy(true);
    try {
      const result = await downloadFile(`/exports/marac-data-return.csv?from=${period.from}&to=${period.to}`, accessToken(), 'marac-data-return.csv');
      if (!('saved' in result)) {
        const field = result.error?.extensions?.fields?.[0]?.field?.replace(/^period\./, '');
        const message =
          result.status === 403
            ? 'Your role cannot download the MARAC data return.'
            : (result.error?.message ?? 'The data return could not be made. Try again in a moment.');
        return setProblems({ summary: [{ field, message }], byField: field ? { [field]: message } : {} });
      }
      setProblems(NO_PROBLEMS);
      setDownloaded(result.saved);
    } catch {
      setProblems({ summary: [{ message: 'Waymark cannot be reached just now. Check your connection and try again.' }], byField: {} });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={download} noValidate>
      <Link to="/reports/action-review" className="govuk-back-link">
        Back to MARAC reports
      </Link>
      {downloaded && <Success>Downloaded {downloaded}.</Success>}
      <ErrorSummary problems={problems} />
      <span className="govuk-caption-l">MARAC reports</span>
      <h1 className="govuk-heading-l">SafeLives MARAC data return</h1>
      <p className="govuk-body">
        One row in the columns SafeLives asks for: cases discussed, repeats, children in the household, referrals by referring agency, and victims who are male,
        disabled or from minoritised groups. LGBT+ is not recorded in Waymark, so it reads &quot;not recorded&quot;. A coordinator&apos;s return for their own
        MARAC is exact; an analyst&apos;s hides small numbers (&quot;fewer than 5&quot;).
      </p>
      <TextInput
        name="from"
        label="First day"
        type="date"
        width="10"
        problems={problems}
        value={period.from}
        onChange={(from) => setPeriod((p) => ({ ...p, from }))}
      />
      <TextInput name="to" label="Last day" type="date" width="10" problems={problems} value={period.to} onChange={(to) => setPeriod((p) => ({ ...p, to }))} />
      <Button disabled={busy}>Download the data return (CSV)</Button>
    </form>
  );
}
