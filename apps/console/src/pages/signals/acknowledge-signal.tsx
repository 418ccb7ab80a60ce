import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { Button, ErrorSummary, Textarea } from '../../components/forms';
import { AcknowledgeSignalDocument } from '../../gql/graphql';
import { NO_PROBLEMS, ProblemList, problemsOf } from '../../graphql/errors';

/** Say what is being done about a signal; it stays on the worklist, marked acknowledged, until it resolves. */
export function AcknowledgeSignal({
  signalId,
  label,
  open,
  setOpen,
  onDone,
}: {
  signalId: string;
  label: string;
  /** One form open at a time on the worklist (its field ids are the form's). */
  open: boolean;
  setOpen: (open: boolean) => void;
  onDone: () => void;
}) {
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [{ fetching }, acknowledge] = useMutation(AcknowledgeSignalDocument);
  if (!open)
    return (
      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => setOpen(true)}>
        Acknowledge<span className="govuk-visually-hidden"> {label}</span>
      </button>
    );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) {
      setProblems({
        summary: [{ field: 'note', message: 'Enter what is being done about this signal' }],
        byField: { note: 'Enter what is being done about this signal' },
      });
      return;
    }
    const result = await acknowledge({ id: signalId, note });
    if (result.error) setProblems(problemsOf(result.error));
    else onDone();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`Acknowledge ${label}`}>
      <ErrorSummary problems={problems} />
      <Textarea
        name="note"
        label="What is being done"
        hint="For example: discussed in supervision; CIN review brought forward"
        value={note}
        onChange={setNote}
        problems={problems}
      />
      <div className="govuk-button-group">
        <Button disabled={fetching}>Acknowledge signal</Button>
        <button type="button" className="wm-link-button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
