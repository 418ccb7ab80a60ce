import { FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDate, formatDateTime, Guarded, Loading, Problem, Success, Table, Tag } from '../../components/display';
import { Button, ErrorSummary, Textarea, TextInput } from '../../components/forms';
import { AgencyActionsDocument, CompleteAgencyActionDocument, type AgencyActionRowFragment } from '../../gql/graphql';
import { NO_PROBLEMS, problemsOf, type ProblemList } from '../../graphql/errors';
import { useDraft } from '../../session/drafts';
import { apiToday, relabel } from '../dash/dash-questions';
import { refusedToRole } from '../meetings/meeting-labels';

type Action = AgencyActionRowFragment;

const ownerOf = (action: Action) => action.owner?.displayName ?? action.externalOwnerName ?? 'No named owner';

const personOf = (action: Action) => (action.subject ? `${action.subject.givenName} ${action.subject.familyName}` : 'A person you may not see');

/** The actions my agency owns from the meetings it attends: open ones (overdue first) to complete with a note, and those done. */
export function AgencyActionsPage() {
  const [open, refetch] = useQuery({ query: AgencyActionsDocument, variables: { status: 'OPEN' } });
  const [done, refetchDone] = useQuery({ query: AgencyActionsDocument, variables: { status: 'DONE' } });
  const [params, setParams] = useSearchParams();
  const [completed, setCompleted] = useState('');
  const meetings = new Map((open.data?.meetings.nodes ?? []).map((meeting) => [meeting.id, meeting]));
  const meetingLink = (action: Action) => {
    const meeting = meetings.get(action.meetingId);
    return (
      <Link className="govuk-link" to={`/meetings/${action.meetingId}`}>
        {meeting ? `${meeting.title}, ${formatDateTime(meeting.startsAt)}` : 'Open meeting'}
      </Link>
    );
  };
  const openActions = [...(open.data?.agencyActions.nodes ?? [])].sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueOn.localeCompare(b.dueOn));
  const chosen = openActions.find((action) => action.id === params.get('complete'));

  if (refusedToRole(open.error))
    return (
      <>
        <h1 className="govuk-heading-l">My agency's actions</h1>
        <Problem title="Not available">Your agency's actions are not available to your role.</Problem>
      </>
    );
  return (
    <>
      {completed && <Success>{completed}</Success>}
      <h1 className="govuk-heading-l">My agency's actions</h1>
      <p className="govuk-body">
        Actions agreed at meetings for your agency to carry out. The agendas of the meetings your agency is invited to are under{' '}
        <Link className="govuk-link" to="/meetings">
          Meetings
        </Link>
        .
      </p>
      {open.error && <Problem>{open.error.graphQLErrors[0]?.message ?? 'The actions could not be loaded. Try again in a moment.'}</Problem>}
      {open.fetching && !open.data && <Loading />}
      {chosen && (
        <CompleteAction
          action={chosen}
          onDone={(message) => {
            setCompleted(message);
            setParams({});
            // An empty list holds no action for the cache to invalidate: ask again for both.
            refetch({ requestPolicy: 'network-only' });
            refetchDone({ requestPolicy: 'network-only' });
          }}
          onCancel={() => setParams({})}
        />
      )}
      {open.data &&
        (openActions.length ? (
          <Table
            caption={`Open actions (${openActions.length})`}
            head={['Due', 'Action', 'For', 'Owner', 'Meeting', '']}
            rows={openActions.map((action) => [
              <>
                {formatDate(action.dueOn)} {action.overdue && <Tag colour="red">Overdue</Tag>}
              </>,
              <Guarded record={action} field="description">
                {action.description}
              </Guarded>,
              personOf(action),
              ownerOf(action),
              meetingLink(action),
              <Link className="govuk-link" to={`?complete=${action.id}`}>
                Record as done
                <span className="govuk-visually-hidden">
                  : action due {formatDate(action.dueOn)} for {personOf(action)}
                </span>
              </Link>,
            ])}
          />
        ) : (
          <p className="govuk-body">Your agency has no open actions.</p>
        ))}
      {done.data && done.data.agencyActions.nodes.length > 0 && (
        <Table
          caption={`Done (${done.data.agencyActions.nodes.length})`}
          head={['Done on', 'Action', 'For', 'What was done']}
          rows={done.data.agencyActions.nodes.map((action) => [
            formatDate(action.completedOn),
            <Guarded record={action} field="description">
              {action.description}
            </Guarded>,
            personOf(action),
            <Guarded record={action} field="completionNote">
              {action.completionNote}
            </Guarded>,
          ])}
        />
      )}
    </>
  );
}

function CompleteAction({ action, onDone, onCancel }: { action: Action; onDone: (message: string) => void; onCancel: () => void }) {
  const initial = useState(() => ({ note: '', completedOn: apiToday() }))[0];
  const [form, setForm, discard] = useDraft(`complete-action-${action.id}`, initial);
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [sent, complete] = useMutation(CompleteAgencyActionDocument);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [action.id]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.note.trim()) return setProblems({ byField: { note: 'Say what was done' }, summary: [{ field: 'note', message: 'Say what was done' }] });
    const result = await complete({ input: { actionId: action.id, note: form.note.trim(), completedOn: form.completedOn || undefined } });
    if (result.error) return setProblems(relabel(problemsOf(result.error), { note: 'What was done', completedOn: 'Date done' }));
    discard();
    onDone(`Action for ${personOf(action)} recorded as done`);
  };
  return (
    <form onSubmit={submit} noValidate className="wm-agenda-item">
      <ErrorSummary problems={problems} />
      <h2 className="govuk-heading-m" tabIndex={-1} ref={heading}>
        Record as done: action due {formatDate(action.dueOn)} for {personOf(action)}
      </h2>
      <p className="govuk-body">
        <Guarded record={action} field="description">
          {action.description}
        </Guarded>
      </p>
      <Textarea
        name="note"
        label="What was done"
        hint="The meeting's coordinator and chair read this"
        problems={problems}
        value={form.note}
        onChange={(note) => setForm((f) => ({ ...f, note }))}
      />
      <TextInput
        name="completedOn"
        label="Date done"
        type="date"
        width="10"
        problems={problems}
        value={form.completedOn}
        onChange={(completedOn) => setForm((f) => ({ ...f, completedOn }))}
      />
      <div className="govuk-button-group">
        <Button disabled={sent.fetching}>Record action as done</Button>
        <Button type="button" secondary onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
