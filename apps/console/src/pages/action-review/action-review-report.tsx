import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, Loading, Problem, Table } from '../../components/display';
import { Button, ErrorSummary, TextInput } from '../../components/forms';
import { ActionOutcomeCellsFragment, ActionReviewReportDocument } from '../../gql/graphql';
import { codeOf, NO_PROBLEMS, problemsOf } from '../../graphql/errors';
import { londonToday } from '../research/research-labels';

const COLUMNS: Array<[keyof Omit<ActionOutcomeCellsFragment, 'agencyId' | 'agencyName' | '__typename'>, string]> = [
  ['agreed', 'Agreed'],
  ['completedOnTime', 'Done on time'],
  ['completedLate', 'Done late'],
  ['notDoneCircumstancesChanged', 'Not done: circumstances changed'],
  ['notDoneAgencyDidNotAct', 'Not done: agency did not act'],
  ['closedOtherwise', 'Closed otherwise'],
  ['stillOpen', 'Still open'],
];

const yearAgo = () => {
  const [y, m, d] = londonToday().split('-');
  return `${Number(y) - 1}-${m}-${d}`;
};

/** How MARAC actions ended, by owning agency, for the actions agreed at MARACs held in a period. */
export function ActionReviewReportPage() {
  const [form, setForm] = useState({ from: yearAgo(), to: londonToday() });
  const [period, setPeriod] = useState(form);
  const [{ data, error, fetching }] = useQuery({ query: ActionReviewReportDocument, variables: { filters: { period } } });
  const problems = error ? problemsOf(error) : NO_PROBLEMS;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setPeriod({ ...form });
  };
  if (codeOf(error) === 'FORBIDDEN')
    return (
      <>
        <h1 className="govuk-heading-l">MARAC action review</h1>
        <Problem title="Not available">This report is for MARAC coordinators, managers and analysts.</Problem>
      </>
    );
  const report = data?.actionReviewReport;
  const row = (counts: ActionOutcomeCellsFragment) => [
    counts.agencyName,
    ...COLUMNS.map(([key]) => (counts[key].suppressed ? 'Suppressed' : String(counts[key].value))),
  ];

  return (
    <>
      <span className="govuk-caption-l">MARAC reports</span>
      <h1 className="govuk-heading-l">MARAC action review</h1>
      <p className="govuk-body">
        Actions agreed at MARACs held in the period, by the agency that owns them: done by the date first agreed, done late, not done (and why), or still open.
        A new date given at a review does not move the date an action is judged against.
      </p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary problems={problems} />
        <TextInput
          name="from"
          label="MARACs held from"
          type="date"
          width="10"
          problems={problems}
          value={form.from}
          onChange={(from) => setForm((f) => ({ ...f, from }))}
        />
        <TextInput name="to" label="to" type="date" width="10" problems={problems} value={form.to} onChange={(to) => setForm((f) => ({ ...f, to }))} />
        <Button secondary>Show the report</Button>
      </form>
      {fetching && !report && <Loading />}
      {report && (
        <>
          <Table
            caption={`Actions from MARACs held ${formatDate(report.from)} to ${formatDate(report.to)}`}
            head={['Agency', ...COLUMNS.map(([, label]) => label)]}
            rows={[...report.byAgency.map(row), row(report.total)]}
          />
          {report.suppressionApplied && <p className="govuk-body">Counts from 1 to 4, and any count that would reveal one, are suppressed.</p>}
        </>
      )}
      <h2 className="govuk-heading-m">The SafeLives data return</h2>
      <p className="govuk-body">
        <Link to="/reports/marac-data-return" className="govuk-link">
          Download the MARAC data return for a period
        </Link>
      </p>
    </>
  );
}
