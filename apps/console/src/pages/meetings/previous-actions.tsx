import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Button, ErrorSummary, Textarea } from '../../components/forms';
import { formatDate, formatDateTime, Guarded, humanise, Loading, Problem, Tag } from '../../components/display';
import {
  CancelPreviousActionDocument,
  CompletePreviousActionDocument,
  FamilyMeetingHistoryDocument,
  PreviousItemActionsDocument,
  type PrepActionFragment,
} from '../../gql/graphql';
import { NO_PROBLEMS, problemsOf, type ProblemList } from '../../graphql/errors';
import { useDraft } from '../../session/drafts';

export interface PreviousMeeting {
  id: string;
  title: string;
  startsAt: string;
  status: string;
}

/** The family's newest earlier meeting (not cancelled) before this one, and the actions agreed for the family there. */
export function PreviousMeetingActions({ meeting, familyId }: { meeting: PreviousMeeting; familyId: string }) {
  const [history] = useQuery({ query: FamilyMeetingHistoryDocument, variables: { familyId } });
  const previous = history.data?.family.meetingItems
    .filter((earlier) => earlier.meeting.id !== meeting.id && earlier.meeting.status !== 'CANCELLED' && earlier.meeting.startsAt < meeting.startsAt)
    .sort((a, b) => b.meeting.startsAt.localeCompare(a.meeting.startsAt))[0];
  const [actions, refetch] = useQuery({ query: PreviousItemActionsDocument, variables: { agendaItemId: previous?.id ?? '' }, pause: !previous });
  if (history.error) return <Problem>{history.error.graphQLErrors[0]?.message ?? "The family's earlier meetings could not be loaded."}</Problem>;
  if (!history.data) return <Loading />;
  if (!previous) return <p className="govuk-body">This is the first meeting to discuss this family.</p>;
  if (actions.error) return <Problem>{actions.error.graphQLErrors[0]?.message ?? 'The actions from the previous meeting could not be loaded.'}</Problem>;
  if (!actions.data) return <Loading />;
  return <PreviousActions previous={previous.meeting} actions={actions.data.agendaItem.actions} onChanged={() => refetch({ requestPolicy: 'network-only' })} />;
}

export const ownerOf = (action: PrepActionFragment) => action.owner?.displayName ?? action.externalOwnerName ?? 'No named owner';

export function ActionStatusTag({ action }: { action: PrepActionFragment }) {
  if (action.status === 'OPEN') return action.overdue ? <Tag colour="red">Overdue</Tag> : <Tag colour="blue">Open</Tag>;
  return <Tag colour={action.status === 'DONE' ? 'green' : 'grey'}>{action.status === 'DONE' ? 'Done' : 'Cancelled'}</Tag>;
}

/** The actions agreed for this family at its previous meeting, so the coordinator can close what was done before it is discussed again. */
export function PreviousActions({ previous, actions, onChanged }: { previous: PreviousMeeting; actions: PrepActionFragment[]; onChanged: () => void }) {
  const ordered = [...actions].sort((a, b) => Number(b.status === 'OPEN') - Number(a.status === 'OPEN') || a.dueOn.localeCompare(b.dueOn));
  return (
    <>
      <h4 className="govuk-heading-s">
        Actions from the previous meeting: {previous.title}, {formatDateTime(previous.startsAt)}
      </h4>
      {ordered.length ? (
        <ul className="govuk-list">
          {ordered.map((action) => (
            <li key={action.id} className="wm-previous-action">
              <p className="govuk-body govuk-!-margin-bottom-1">
                <ActionStatusTag action={action} />{' '}
                <Guarded record={action} field="description">
                  {action.description}
                </Guarded>
              </p>
              <p className="govuk-hint govuk-!-margin-bottom-2">
                {action.owningAgency.name}, {ownerOf(action)}
                {action.subject ? `, for ${action.subject.givenName} ${action.subject.familyName}` : ''}. Due {formatDate(action.dueOn)}
                {action.completedOn ? `. ${humanise(action.status)} on ${formatDate(action.completedOn)}` : ''}
                {action.status === 'OPEN' && action.chaseCount ? `. Chased ${action.chaseCount} times` : ''}
              </p>
              {action.status !== 'OPEN' && action.completionNote && <p className="govuk-body-s">{action.completionNote}</p>}
              {action.status === 'OPEN' && <CloseActionForm action={action} onChanged={onChanged} />}
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">No actions were agreed for this family at that meeting.</p>
      )}
    </>
  );
}

/** Mark an open action done or cancelled, with a note; leaving it alone keeps it open. */
function CloseActionForm({ action, onChanged }: { action: PrepActionFragment; onChanged: () => void }) {
  const [note, setNote, discard] = useDraft(`close-action-${action.id}`, '');
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [completing, complete] = useMutation(CompletePreviousActionDocument);
  const [cancelling, cancel] = useMutation(CancelPreviousActionDocument);
  const send = (kind: 'done' | 'cancelled') => async (event?: FormEvent) => {
    event?.preventDefault();
    if (!note.trim()) {
      const message = kind === 'done' ? 'Enter what was done' : 'Enter why the action is no longer needed';
      return setProblems({ byField: { note: message }, summary: [{ field: `note-${action.id}`, message }] });
    }
    const input = { actionId: action.id, note: note.trim() };
    const result = kind === 'done' ? await complete({ input }) : await cancel({ input });
    if (result.error) {
      const found = problemsOf(result.error);
      return setProblems({ ...found, summary: found.summary.map((p) => (p.field === 'note' ? { ...p, field: `note-${action.id}` } : p)) });
    }
    discard();
    setProblems(NO_PROBLEMS);
    onChanged();
  };
  const label = `Note on "${action.description ?? 'this action'}"`;
  return (
    <form onSubmit={send('done')} noValidate className="govuk-!-margin-bottom-4">
      <ErrorSummary problems={problems} />
      <NoteField id={action.id} label={label} problems={problems} value={note} onChange={setNote} />
      <div className="govuk-button-group">
        <Button disabled={completing.fetching || cancelling.fetching}>Mark as done</Button>
        <Button secondary type="button" disabled={completing.fetching || cancelling.fetching} onClick={() => void send('cancelled')()}>
          Cancel action
        </Button>
      </div>
    </form>
  );
}

/** The note field, with an id unique to its action so several forms can share the page. */
function NoteField({
  id,
  label,
  problems,
  value,
  onChange,
}: {
  id: string;
  label: string;
  problems: ProblemList;
  value: string;
  onChange: (v: string) => void;
}) {
  const scoped: ProblemList = { summary: [], byField: problems.byField.note ? { [`note-${id}`]: problems.byField.note } : {} };
  return (
    <Textarea
      name={`note-${id}`}
      label={label}
      hint="What was done, or why it is no longer needed. Leave the action alone to keep it open."
      rows={2}
      problems={scoped}
      value={value}
      onChange={onChange}
    />
  );
}
