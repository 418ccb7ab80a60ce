import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDate, formatDateTime, Loading, Problem, Success, Table } from '../../components/display';
import { Button, ErrorSummary, Select, TextInput } from '../../components/forms';
import { ListOnMatacDocument, MatacWorklistDocument } from '../../gql/graphql';
import { codeOf, NO_PROBLEMS, problemsOf, type ProblemList } from '../../graphql/errors';

const DEFAULTS = { recency: '1', frequency: '1', gravity: '1', windowMonths: '12' };

/**
 * The MATAC worklist (/matac), for coordinators and managers: people causing harm ranked by the
 * recency, frequency and gravity of what is recorded against them, with the weights and window
 * adjustable, each score explained; a coordinator lists someone on a scheduled MATAC in one step.
 */
export function MatacWorklistPage() {
  const [form, setForm] = useState(DEFAULTS);
  const [applied, setApplied] = useState(DEFAULTS);
  const [meetingId, setMeetingId] = useState('');
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [listed, setListed] = useState<{ name: string; meetingId: string } | null>(null);
  const variables = {
    weights: { recency: Number(applied.recency), frequency: Number(applied.frequency), gravity: Number(applied.gravity) },
    windowMonths: Number(applied.windowMonths),
  };
  const [{ data, error, fetching }] = useQuery({ query: MatacWorklistDocument, variables });
  const [, listOnMatac] = useMutation(ListOnMatacDocument);

  const heading = <h1 className="govuk-heading-l">MATAC worklist</h1>;
  if (codeOf(error) === 'FORBIDDEN')
    return (
      <>
        {heading}
        <Problem title="Not available">The MATAC worklist is for MARAC coordinators and managers.</Problem>
      </>
    );
  const apiProblems = error ? problemsOf(error) : NO_PROBLEMS;
  const shown = problems.summary.length ? problems : apiProblems;

  const rank = (event: FormEvent) => {
    event.preventDefault();
    setListed(null);
    const byField: Record<string, string> = {};
    for (const key of ['recency', 'frequency', 'gravity'] as const) {
      if (form[key].trim() === '' || Number.isNaN(Number(form[key]))) byField[`weights.${key}`] = `Enter a number for the ${key} weight, 0 or more`;
    }
    if (!/^\d+$/.test(form.windowMonths)) byField.windowMonths = 'Enter the window as a whole number of months, 1 to 60';
    if (Object.keys(byField).length) return setProblems({ byField, summary: Object.entries(byField).map(([field, message]) => ({ field, message })) });
    setProblems(NO_PROBLEMS);
    setApplied(form);
  };

  const list = async (personId: string, name: string) => {
    setListed(null);
    if (!meetingId)
      return setProblems({ byField: { meetingId: 'Select the MATAC to list on' }, summary: [{ field: 'meetingId', message: 'Select the MATAC to list on' }] });
    const result = await listOnMatac({ input: { meetingId, personId } });
    if (result.error) return setProblems(problemsOf(result.error));
    setProblems(NO_PROBLEMS);
    setListed({ name, meetingId: result.data!.listOnMatac.meetingId });
  };

  const weightInput = (key: 'recency' | 'frequency' | 'gravity', label: string) => (
    <TextInput
      name={`weights.${key}`}
      label={label}
      type="number"
      width="4"
      problems={shown}
      value={form[key]}
      onChange={(value) => setForm((current) => ({ ...current, [key]: value }))}
    />
  );

  return (
    <>
      <ErrorSummary problems={shown} />
      {listed && (
        <Success>
          {listed.name} is listed on the MATAC.{' '}
          <Link className="govuk-link" to={`/meetings/${listed.meetingId}`}>
            Open the meeting
          </Link>
        </Success>
      )}
      {heading}
      <p className="govuk-body">People causing harm ranked by the recency, frequency and gravity (RFG) of the incidents and harm recorded against them.</p>
      <form onSubmit={rank} noValidate aria-labelledby="weights-heading">
        <h2 className="govuk-heading-s" id="weights-heading">
          Weights and window
        </h2>
        <div className="wm-inline-fields">
          {weightInput('recency', 'Recency weight')}
          {weightInput('frequency', 'Frequency weight')}
          {weightInput('gravity', 'Gravity weight')}
          <TextInput
            name="windowMonths"
            label="Window (months)"
            type="number"
            width="4"
            problems={shown}
            value={form.windowMonths}
            onChange={(windowMonths) => setForm((current) => ({ ...current, windowMonths }))}
          />
        </div>
        <Button secondary>Rank again</Button>
      </form>
      {fetching && !data && <Loading />}
      {data && (
        <>
          <p className="govuk-body" id="matac-method">
            {data.matacWorklist.method}
          </p>
          <Select
            name="meetingId"
            label="MATAC to list on"
            hint="Scheduled MATACs your agency can see."
            problems={shown}
            value={meetingId}
            onChange={setMeetingId}
            placeholder={data.meetings.nodes.length ? 'Select a MATAC' : 'No MATAC is scheduled'}
            options={data.meetings.nodes.map((meeting) => ({ value: meeting.id, label: `${meeting.title}, ${formatDateTime(meeting.startsAt)}` }))}
          />
          {data.matacWorklist.entries.length ? (
            <Table
              caption={`People causing harm, highest score first (${data.matacWorklist.entries.length})`}
              head={['Rank', 'Person causing harm', 'Score', 'Recency', 'Frequency', 'Gravity', 'Victims', 'Latest', 'Why', '']}
              rows={data.matacWorklist.entries.map((entry) => [
                String(entry.rank),
                entry.name,
                String(entry.score),
                String(entry.recency),
                String(entry.frequency),
                String(entry.gravity),
                String(entry.victims),
                formatDate(entry.latestOn),
                entry.explanation,
                <Button secondary type="button" onClick={() => list(entry.personId, entry.name)}>
                  List on MATAC<span className="govuk-visually-hidden"> : {entry.name}</span>
                </Button>,
              ])}
            />
          ) : (
            <p className="govuk-body">Nobody has incidents or harm recorded against them in the window.</p>
          )}
        </>
      )}
    </>
  );
}
