import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDate, humanise } from '../../components/display';
import { Radios, Select, Textarea, TextInput } from '../../components/forms';
import {
  PostSeparationReviewOutcome,
  PractitionerAcknowledgeSignalDocument,
  PractitionerRecordPostSeparationReviewDocument,
  SignalToAcknowledgeDocument,
} from '../../gql/graphql';
import { useDraft } from '../../session/drafts';
import { levelName } from '../family/journey';
import { REVIEW_OUTCOMES } from './labels';
import { apiProblems, nameIn, problemsFrom, RecordingForm, useRecording } from './recording';

/** Acknowledges a signal with what is being done; it stays listed until its condition stops holding. */
export function AcknowledgeSignalPage() {
  const { signalId = '' } = useParams();
  const { familyId, family, problems, setProblems, done } = useRecording();
  const [signals] = useQuery({ query: SignalToAcknowledgeDocument, variables: { familyId } });
  const [note, setNote, discard] = useDraft(`acknowledge:${signalId}`, '');
  const [saving, acknowledge] = useMutation(PractitionerAcknowledgeSignalDocument);
  const signal = signals.data?.riskSignals.nodes.find((s) => s.id === signalId);

  const save = async () => {
    const found = problemsFrom([['note', !note.trim(), 'Say what is being done about the signal']]);
    setProblems(found);
    if (found.summary.length) return;
    const result = await acknowledge({ id: signalId, note: note.trim() });
    if (result.error) return setProblems(apiProblems(result.error, { note: 'What is being done', id: 'Signal' }));
    discard();
    done('Signal acknowledged', '#signals');
  };

  return (
    <RecordingForm
      title="Acknowledge a risk signal"
      family={family}
      problems={problems}
      saving={saving.fetching}
      submitLabel="Acknowledge signal"
      onSubmit={save}
    >
      {() => (
        <>
          {signal && (
            <div className="govuk-inset-text">
              <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                {humanise(signal.kind)} ({humanise(signal.severity).toLowerCase()}), first raised {formatDate(signal.firstRaisedAt)}
              </p>
              <p className="govuk-body govuk-!-margin-0">{signal.explanation}</p>
            </div>
          )}
          <Textarea
            name="note"
            label="What is being done"
            hint="Up to 2000 characters. Managers see it on the signals worklist."
            problems={problems}
            value={note}
            onChange={setNote}
            rows={4}
          />
        </>
      )}
    </RecordingForm>
  );
}

const REVIEW_LABELS = { episodeId: 'Closure reviewed', outcome: 'Outcome of the review', reviewedOn: 'Date of the review', note: 'Note' };

/**
 * The review a closure after separation needs: risk goes on after a couple separates, so a
 * post-separation closure signal stays open until someone has looked again.
 */
export function RecordPostSeparationReviewPage() {
  const { familyId, family, problems, setProblems, done } = useRecording();
  const [draft, setDraft, discard] = useDraft(`post-separation-review:${familyId}`, { episodeId: '', outcome: '', reviewedOn: '', note: '' });
  const [saving, record] = useMutation(PractitionerRecordPostSeparationReviewDocument);
  const set = (field: keyof typeof draft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  const save = async () => {
    const found = problemsFrom([
      ['outcome', !draft.outcome, 'Select the outcome of the review'],
      ['reviewedOn', !draft.reviewedOn, 'Enter the date of the review'],
    ]);
    setProblems(found);
    if (found.summary.length) return;
    const result = await record({
      input: {
        familyId,
        episodeId: draft.episodeId || null,
        outcome: draft.outcome as PostSeparationReviewOutcome,
        reviewedOn: draft.reviewedOn,
        note: draft.note.trim() || null,
      },
    });
    if (result.error || !result.data) return setProblems(apiProblems(result.error, REVIEW_LABELS));
    discard();
    const resolved = result.data.recordPostSeparationReview.resolvedSignals.length;
    done(
      `Post-separation review recorded${resolved ? `: ${resolved} post-separation closure ${resolved === 1 ? 'signal' : 'signals'} resolved` : ''}`,
      '#signals',
    );
  };

  return (
    <RecordingForm
      title="Record a post-separation review"
      intro="Risk continues after separation and can rise: child-contact handovers, stalking, reconciliation. Record that the closure was looked at again and what follows."
      family={family}
      problems={problems}
      saving={saving.fetching}
      submitLabel="Record review"
      onSubmit={save}
    >
      {(f) => (
        <>
          <Select
            name="episodeId"
            label={REVIEW_LABELS.episodeId}
            hint="Leave as every closure to review all of this family's closures after separation."
            problems={problems}
            value={draft.episodeId}
            onChange={set('episodeId')}
            options={f.episodes
              .filter((episode) => episode.closedOn)
              .map((episode) => ({
                value: episode.id,
                label: `${nameIn(f, episode.childId)}: ${levelName(episode.level)} closed ${formatDate(episode.closedOn)}`,
              }))}
            placeholder="Every closure after separation"
          />
          <Radios name="outcome" label={REVIEW_LABELS.outcome} problems={problems} value={draft.outcome} onChange={set('outcome')} options={REVIEW_OUTCOMES} />
          <TextInput
            name="reviewedOn"
            label={REVIEW_LABELS.reviewedOn}
            hint="Not in the future, not before the closure it reviews."
            type="date"
            width="10"
            problems={problems}
            value={draft.reviewedOn}
            onChange={set('reviewedOn')}
          />
          <Textarea
            name="note"
            label="Note (optional)"
            hint="Up to 2000 characters; shown only to those working for the victim."
            problems={problems}
            value={draft.note}
            onChange={set('note')}
          />
        </>
      )}
    </RecordingForm>
  );
}
