import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { formatDate, Guarded, NOT_SHOWN, SummaryList, Tag } from '../../components/display';
import { Button, ErrorSummary, TextInput } from '../../components/forms';
import { CompleteCoworkFollowUpDocument, type CoworkEntryDetailFragment } from '../../gql/graphql';
import { NO_PROBLEMS, problemsOf, type ProblemList } from '../../graphql/errors';
import { apiToday } from '../dash/dash-questions';
import { coworkKindLabel, duration, fullName, renamed } from './cowork-labels';

type Entry = CoworkEntryDetailFragment;
type FollowUp = Entry['followUps'][number];

/** The family's co-work, newest first, each entry with its follow-ups; open ones can be recorded as done. */
export function CoworkEntries({ entries, more, canComplete, onCompleted }: { entries: Entry[]; more: boolean; canComplete: boolean; onCompleted: () => void }) {
  const newestFirst = [...entries].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn));
  return (
    <>
      <h2 className="govuk-heading-m">Co-work logged</h2>
      {newestFirst.length ? (
        newestFirst.map((entry) => (
          <section className="wm-agenda-item" key={entry.id} aria-labelledby={`entry-${entry.id}`}>
            <h3 className="govuk-heading-s" id={`entry-${entry.id}`}>
              {formatDate(entry.occurredOn)}: {coworkKindLabel(entry.kind)}
            </h3>
            <SummaryList
              rows={[
                ['Duration', duration(entry.durationMinutes)],
                ['Family members seen', entry.peopleSeen.map((p) => (p ? fullName(p) : NOT_SHOWN)).join(', ') || 'None'],
                ['Practitioners', entry.practitioners.map((p) => p.displayName).join(', ') || 'None with an account'],
                ['Agencies', entry.agencies.map((a) => a.name).join(', ') || 'None recorded'],
                ['Logged by', entry.specialist.displayName],
                [
                  'Note',
                  <Guarded record={entry} field="note" empty="No note">
                    {entry.note}
                  </Guarded>,
                ],
              ]}
            />
            {entry.followUps.length > 0 && (
              <>
                <h4 className="govuk-heading-s">Follow-ups</h4>
                <ul className="govuk-list">
                  {entry.followUps.map((followUp) => (
                    <li key={followUp.id} className="govuk-!-margin-bottom-4">
                      <FollowUpRow followUp={followUp} canComplete={canComplete} onCompleted={onCompleted} />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        ))
      ) : (
        <p className="govuk-body">No co-work has been logged for this family yet.</p>
      )}
      {more && <p className="govuk-body">These are the latest {entries.length} entries; the older ones are in the family's timeline.</p>}
    </>
  );
}

function FollowUpRow({ followUp, canComplete, onCompleted }: { followUp: FollowUp; canComplete: boolean; onCompleted: () => void }) {
  const [doneOn, setDoneOn] = useState(apiToday());
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [sent, complete] = useMutation(CompleteCoworkFollowUpDocument);
  const field = `doneOn-${followUp.id}`;
  const description = (
    <Guarded record={followUp} field="description">
      {followUp.description}
    </Guarded>
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await complete({ input: { followUpId: followUp.id, doneOn } });
    if (result.error) return setProblems(renamed(problemsOf(result.error), 'doneOn', field));
    setProblems(NO_PROBLEMS);
    onCompleted();
  };
  return (
    <>
      <p className="govuk-body govuk-!-margin-bottom-1">
        {description}
        {followUp.dueOn && ` (due ${formatDate(followUp.dueOn)})`}{' '}
        {followUp.doneOn ? <Tag colour="green">Done {formatDate(followUp.doneOn)}</Tag> : <Tag colour="yellow">Open</Tag>}
      </p>
      {!followUp.doneOn && canComplete && (
        <form onSubmit={submit} noValidate aria-label={`Record follow-up as done: ${followUp.description ?? 'follow-up'}`}>
          <ErrorSummary problems={problems} />
          <TextInput name={field} label="Date done" type="date" width="10" problems={problems} value={doneOn} onChange={setDoneOn} />
          <Button secondary disabled={sent.fetching}>
            Record follow-up as done
          </Button>
        </form>
      )}
    </>
  );
}
