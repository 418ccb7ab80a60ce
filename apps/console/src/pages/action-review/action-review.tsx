import { FormEvent, ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDate, formatDateTime, Guarded, Loading, SummaryList, Tag } from '../../components/display';
import { Button, ErrorSummary, Radios, Textarea, TextInput } from '../../components/forms';
import { ActionReviewDocument, type ActionReviewQuery, ActionReviewOutcome, ReviewActionDocument } from '../../gql/graphql';
import { NO_PROBLEMS, ProblemList, problemsOf } from '../../graphql/errors';
import { useSession } from '../../session/session';
import { PageError } from '../research/page-error';
import { forForm, OUTCOME_COLOURS, OUTCOME_LABELS, OUTCOMES } from './action-review-labels';

type ForReview = ActionReviewQuery['actionReview'][number]['actions'][number];

/** The review, at this MARAC, of the incomplete actions earlier MARACs agreed for the cases on its agenda. */
export function ActionReviewPage() {
  const { id = '' } = useParams();
  const { session } = useSession();
  const [{ data, error, fetching }, refetch] = useQuery({ query: ActionReviewDocument, variables: { id }, requestPolicy: 'cache-and-network' });
  if (error && !data) return <PageError heading="Action review" error={error} refusal="This meeting is not available to your role." />;
  if (!data) return fetching ? <Loading /> : null;
  const { meeting, actionReview } = data;
  const user = session?.user;
  // A UI hint only: the API decides who records the review (the chair and the organising agency's coordinators).
  const reviews = !!user && (meeting.chairUserId === user.id || (user.roles.includes('MARAC_COORDINATOR') && user.agencyId === meeting.organisingAgencyId));
  const started = Date.parse(meeting.startsAt) <= Date.now();
  const count = actionReview.reduce((sum, c) => sum + c.actions.length, 0);

  return (
    <>
      <Link to={`/meetings/${meeting.id}`} className="govuk-back-link">
        Back to the meeting
      </Link>
      <span className="govuk-caption-l">
        {meeting.title}, {formatDateTime(meeting.startsAt)}
      </span>
      <h1 className="govuk-heading-l">Action review</h1>
      <p className="govuk-body">
        The actions earlier MARACs agreed for these cases and that were not complete: {count ? `${count} to review` : 'none to review'}. Mark each done, still
        open with a new date, or not done, and whether that was because circumstances changed or because the agency did not act.
      </p>
      {reviews && !started && <p className="govuk-inset-text">Review the actions at the meeting, once it has started.</p>}
      {actionReview.map((c) => (
        <section key={c.agendaItemId} aria-labelledby={`review-case-${c.agendaItemId}`}>
          <h2 className="govuk-heading-m" id={`review-case-${c.agendaItemId}`}>
            {c.position}. {c.familyName}
          </h2>
          {c.actions.length ? (
            c.actions.map((entry) => (
              <ActionToReview
                key={entry.action.id}
                entry={entry}
                meetingId={meeting.id}
                canReview={reviews && started}
                onSaved={() => refetch({ requestPolicy: 'network-only' })}
              />
            ))
          ) : (
            <p className="govuk-body">No incomplete actions from an earlier MARAC.</p>
          )}
        </section>
      ))}
    </>
  );
}

function ActionToReview({ entry, meetingId, canReview, onSaved }: { entry: ForReview; meetingId: string; canReview: boolean; onSaved: () => void }) {
  const { action, review } = entry;
  const label = action.description ?? 'an action about the adult victim';
  return (
    <div className="wm-previous-action govuk-!-margin-bottom-6">
      <SummaryList
        rows={[
          [
            'Action',
            <Guarded record={action} field="description">
              {action.description}
            </Guarded>,
          ],
          ['Owner', `${entry.ownerName}, ${entry.owningAgencyName}`],
          ['Agreed', formatDate(entry.agreedOn)],
          ['Due', formatDate(review?.previousDueOn ?? action.dueOn)],
          ...(review
            ? [
                [
                  'Review',
                  <>
                    <Tag colour={OUTCOME_COLOURS[review.outcome]}>{OUTCOME_LABELS[review.outcome]}</Tag>
                    {review.outcome === 'STILL_OPEN' ? ` New due date ${formatDate(action.dueOn)}.` : ''}
                  </>,
                ] as [string, ReactNode],
              ]
            : []),
        ]}
      />
      {!review && canReview && <ReviewForm actionId={action.id} meetingId={meetingId} label={label} onSaved={onSaved} />}
    </div>
  );
}

function ReviewForm({ actionId, meetingId, label, onSaved }: { actionId: string; meetingId: string; label: string; onSaved: () => void }) {
  const [outcome, setOutcome] = useState('');
  const [newDueOn, setNewDueOn] = useState('');
  const [completedOn, setCompletedOn] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [{ fetching }, review] = useMutation(ReviewActionDocument);
  const prefix = `review-${actionId}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!outcome) {
      const message = 'Select how the action stands';
      return setProblems({ summary: [{ field: `${prefix}.outcome`, message }], byField: { [`${prefix}.outcome`]: message } });
    }
    const result = await review({
      input: {
        meetingId,
        actionId,
        outcome: outcome as ActionReviewOutcome,
        newDueOn: outcome === 'STILL_OPEN' && newDueOn ? newDueOn : undefined,
        completedOn: outcome === 'DONE' && completedOn ? completedOn : undefined,
        note: note.trim() || undefined,
      },
    });
    if (result.error) return setProblems(forForm(problemsOf(result.error), prefix));
    setProblems(NO_PROBLEMS);
    onSaved();
  }

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary problems={problems} />
      <Radios
        name={`${prefix}.outcome`}
        label={`How does "${label}" stand?`}
        small
        problems={problems}
        value={outcome}
        onChange={setOutcome}
        options={OUTCOMES}
      />
      {outcome === 'STILL_OPEN' && (
        <TextInput name={`${prefix}.newDueOn`} label="New due date" type="date" width="10" problems={problems} value={newDueOn} onChange={setNewDueOn} />
      )}
      {outcome === 'DONE' && (
        <TextInput
          name={`${prefix}.completedOn`}
          label="Date done"
          hint="Leave blank for the day of this meeting."
          type="date"
          width="10"
          problems={problems}
          value={completedOn}
          onChange={setCompletedOn}
        />
      )}
      <Textarea
        name={`${prefix}.note`}
        label="Note"
        hint={outcome.startsWith('NOT_DONE') ? 'Say why it was not done.' : 'What was done, or what is still needed.'}
        rows={2}
        problems={problems}
        value={note}
        onChange={setNote}
      />
      <Button secondary disabled={fetching}>
        Record review<span className="govuk-visually-hidden"> of {label}</span>
      </Button>
    </form>
  );
}
