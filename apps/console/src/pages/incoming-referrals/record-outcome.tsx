import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { formatDate } from '../../components/display';
import { Button, ErrorSummary, Radios, Textarea, TextInput } from '../../components/forms';
import {
  AcceptReferralDocument,
  CompleteReferralDocument,
  DeclineReferralDocument,
  RecordReferralDisengagedDocument,
  RecordReferralEngagedDocument,
  type DeclineReason,
} from '../../gql/graphql';
import { NO_PROBLEMS, problemsOf, type ProblemList } from '../../graphql/errors';
import { useDraft } from '../../session/drafts';
import { apiToday, relabel } from '../dash/dash-questions';
import type { IncomingReferral } from './referral-page';
import { DECLINE_REASONS, NEXT_STEPS } from './referral-labels';

const LABELS: Record<string, string> = { occurredOn: 'Date', reason: 'Reason for declining', criterion: 'The criterion not met', note: 'Note' };

const DONE: Record<string, string> = {
  ACCEPTED: 'Referral accepted',
  DECLINED: 'Referral declined',
  ENGAGED: 'Engagement recorded',
  DISENGAGED: 'Disengagement recorded',
  COMPLETED: 'Completion recorded',
};

/** The API says "criterion: say which eligibility criterion was not met"; the page says it as a GOV.UK error message. */
function worded(problems: ProblemList): ProblemList {
  if (!problems.byField.criterion) return problems;
  const message = 'Enter the eligibility criterion that was not met';
  return {
    byField: { ...problems.byField, criterion: message },
    summary: problems.summary.map((problem) => (problem.field === 'criterion' ? { ...problem, message } : problem)),
  };
}

/** The receiving service's next step for this referral: decide it (accept or decline with a reason), then record engagement and outcome. */
export function RecordOutcome({ referral, onRecorded }: { referral: IncomingReferral; onRecorded: (message: string, referral: IncomingReferral) => void }) {
  const steps = NEXT_STEPS[referral.status];
  const initial = useState(() => ({ step: '', occurredOn: apiToday(), reason: '', criterion: '', note: '' }))[0];
  const [form, setForm, discard] = useDraft(`referral-outcome-${referral.id}`, initial);
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [accepted, accept] = useMutation(AcceptReferralDocument);
  const [declined, decline] = useMutation(DeclineReferralDocument);
  const [engaged, engage] = useMutation(RecordReferralEngagedDocument);
  const [disengaged, disengage] = useMutation(RecordReferralDisengagedDocument);
  const [completed, complete] = useMutation(CompleteReferralDocument);
  const busy = accepted.fetching || declined.fetching || engaged.fetching || disengaged.fetching || completed.fetching;
  const set = (field: keyof typeof form) => (value: string) => setForm((current) => ({ ...current, [field]: value }));

  if (!steps)
    return (
      <>
        <h2 className="govuk-heading-m">Record what happened</h2>
        <p className="govuk-body">This referral is {referral.status.toLowerCase()}: nothing more is recorded on it.</p>
      </>
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.step) return setProblems({ byField: { step: 'Select what happened' }, summary: [{ field: 'step', message: 'Select what happened' }] });
    if (form.step === 'DECLINED' && !form.reason)
      return setProblems({ byField: { reason: 'Select why you decline it' }, summary: [{ field: 'reason', message: 'Select why you decline it' }] });
    const change = { referralId: referral.id, occurredOn: form.occurredOn, note: form.note.trim() || undefined };
    const result =
      form.step === 'ACCEPTED'
        ? await accept({ input: change })
        : form.step === 'DECLINED'
          ? await decline({ input: { ...change, reason: form.reason as DeclineReason, criterion: form.criterion.trim() || undefined } })
          : form.step === 'ENGAGED'
            ? await engage({ input: change })
            : form.step === 'DISENGAGED'
              ? await disengage({ input: change })
              : await complete({ input: change });
    if (result.error) return setProblems(worded(relabel(problemsOf(result.error), LABELS)));
    setProblems(NO_PROBLEMS);
    discard();
    const data = result.data as Record<string, IncomingReferral | undefined> | undefined;
    const now = data && Object.values(data)[0];
    if (now) onRecorded(`${DONE[form.step]} (${formatDate(form.occurredOn)})`, now);
  };

  return (
    <form onSubmit={submit} noValidate>
      <h2 className="govuk-heading-m">Record what happened</h2>
      <ErrorSummary problems={problems} />
      <Radios name="step" label="What happened" problems={problems} value={form.step} onChange={set('step')} options={steps} />
      {form.step === 'DECLINED' && (
        <div className="wm-agenda-item">
          <Radios name="reason" label="Reason for declining" problems={problems} value={form.reason} onChange={set('reason')} options={DECLINE_REASONS} small />
          {form.reason === 'ELIGIBILITY' && (
            <TextInput
              name="criterion"
              label="The criterion not met"
              hint={referral.service.eligibilityNotes ? `The service is for: ${referral.service.eligibilityNotes}` : 'In the service’s own words'}
              problems={problems}
              value={form.criterion}
              onChange={set('criterion')}
            />
          )}
        </div>
      )}
      <TextInput
        name="occurredOn"
        label="Date"
        hint="When it happened; not in the future"
        type="date"
        width="10"
        problems={problems}
        value={form.occurredOn}
        onChange={set('occurredOn')}
      />
      <Textarea name="note" label="Note (optional)" hint="The referrer reads this" problems={problems} value={form.note} onChange={set('note')} />
      <Button disabled={busy}>Record</Button>
    </form>
  );
}
