import { FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { CombinedError } from 'urql';
import { Button, ErrorSummary, TextInput } from '../../components/forms';
import { problemsOf } from '../../graphql/errors';

const londonToday = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

/** The twelve months to today: from the first day of the month eleven months back. */
export function defaultPeriod(today = londonToday()): { from: string; to: string } {
  const [year, month] = today.split('-').map(Number);
  const start = new Date(Date.UTC(year, month - 12, 1)).toISOString().slice(0, 10);
  return { from: start, to: today };
}

/** The period every report screen counts, kept in the address (so a figure's link and Back keep it). */
export function useReportPeriod(): { from: string; to: string; query: string } {
  const [params] = useSearchParams();
  const fallback = defaultPeriod();
  const from = params.get('from') ?? fallback.from;
  const to = params.get('to') ?? fallback.to;
  return { from, to, query: `from=${from}&to=${to}` };
}

/** Choose the period; the API checks it (backwards, too long) and its errors show beside the fields. */
export function ReportPeriodForm({ error }: { error?: CombinedError }) {
  const [params, setParams] = useSearchParams();
  const period = useReportPeriod();
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const problems = problemsOf(error?.graphQLErrors.some((e) => e.extensions?.code === 'BAD_USER_INPUT') ? error : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams(params);
    next.set('from', from);
    next.set('to', to);
    setParams(next);
  };
  return (
    <form onSubmit={submit} noValidate className="govuk-!-margin-bottom-6">
      <ErrorSummary problems={problems} />
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Period</legend>
        <div className="wm-inline-actions">
          <TextInput name="period.from" label="From" type="date" value={from} onChange={setFrom} problems={problems} />
          <TextInput name="period.to" label="To" type="date" value={to} onChange={setTo} problems={problems} />
          <Button secondary>Show figures</Button>
        </div>
      </fieldset>
    </form>
  );
}
