import { FormEvent, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDate, humanise, Loading, Problem, Success, SummaryList, Table, Tag } from '../../components/display';
import { Button, ErrorSummary, Radios, Select, Textarea, TextInput } from '../../components/forms';
import {
  Consent,
  LawfulBasis,
  PractitionerCreateReferralDocument,
  PractitionerReferralServicesDocument,
  PractitionerSubmitReferralDocument,
  PractitionerWithdrawReferralDocument,
  ReferralHistoryDocument,
} from '../../gql/graphql';
import { codeOf, NO_PROBLEMS, ProblemList } from '../../graphql/errors';
import { useDraft } from '../../session/drafts';
import { CONSENT, LAWFUL_BASES, labelIn } from './labels';
import { apiProblems, fullName, memberOptions, problemsFrom, RecordingForm, useRecording } from './recording';

const REFERRAL_LABELS = {
  subjectPersonId: 'Who the referral is about',
  serviceId: 'Service',
  reason: 'Why you refer',
  consent: 'Consent',
  lawfulBasis: 'Lawful basis for sharing without consent',
  lawfulBasisNote: 'Which lawful basis',
  occurredOn: 'Date of the referral',
  submit: 'Send now',
};

/** A referral out to a service, kept as a draft or sent at once; MARAC referrals go through the DASH. */
export function CreateReferralPage() {
  const { familyId, family, problems, setProblems } = useRecording();
  const navigate = useNavigate();
  const [services] = useQuery({ query: PractitionerReferralServicesDocument });
  const [draft, setDraft, discard] = useDraft(`referral:${familyId}`, {
    subjectPersonId: '',
    serviceId: '',
    reason: '',
    consent: '',
    lawfulBasis: '',
    lawfulBasisNote: '',
    occurredOn: '',
    submit: '',
  });
  const [saving, create] = useMutation(PractitionerCreateReferralDocument);
  const set = (field: keyof typeof draft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));
  const withoutConsent = draft.consent === 'REFUSED' || draft.consent === 'NOT_SOUGHT';
  const serviceOptions = (services.data?.services ?? [])
    .filter((service) => service.type !== 'MARAC')
    .map((service) => ({ value: service.id, label: `${service.name} (${humanise(service.type).toLowerCase()})` }));

  const save = async () => {
    const found = problemsFrom([
      ['subjectPersonId', !draft.subjectPersonId, 'Select who the referral is about'],
      ['serviceId', !draft.serviceId, 'Select the service you refer to'],
      ['reason', !draft.reason.trim(), 'Say why you refer, for the receiving service'],
      ['consent', !draft.consent, 'Say whether consent was given'],
      ['lawfulBasis', withoutConsent && !draft.lawfulBasis, 'Select the lawful basis for sharing without consent'],
      ['occurredOn', !draft.occurredOn, 'Enter the date of the referral'],
      ['submit', !draft.submit, 'Say whether to send it now or keep a draft'],
    ]);
    setProblems(found);
    if (found.summary.length) return;
    const result = await create({
      input: {
        familyId,
        subjectPersonId: draft.subjectPersonId,
        serviceId: draft.serviceId,
        reason: draft.reason.trim(),
        consent: draft.consent as Consent,
        lawfulBasis: withoutConsent ? (draft.lawfulBasis as LawfulBasis) : null,
        lawfulBasisNote: withoutConsent && draft.lawfulBasis === 'OTHER' ? draft.lawfulBasisNote.trim() || null : null,
        occurredOn: draft.occurredOn,
        submit: draft.submit === 'YES',
      },
    });
    if (result.error || !result.data) return setProblems(apiProblems(result.error, REFERRAL_LABELS));
    discard();
    const referral = result.data.createReferral;
    navigate(`/families/${familyId}/referrals/${referral.id}`, {
      state: { recorded: referral.status === 'DRAFT' ? 'Referral saved as a draft' : 'Referral sent' },
    });
  };

  return (
    <RecordingForm
      title="Make a referral"
      intro="To a perpetrator, mental health, substance misuse, IDVA or other service. Refer to MARAC from a DASH risk assessment."
      family={family}
      problems={problems}
      saving={saving.fetching}
      submitLabel="Save referral"
      onSubmit={save}
    >
      {(f) => (
        <>
          <Select
            name="subjectPersonId"
            label={REFERRAL_LABELS.subjectPersonId}
            problems={problems}
            value={draft.subjectPersonId}
            onChange={set('subjectPersonId')}
            options={memberOptions(f)}
            placeholder="Select a family member"
          />
          <Select
            name="serviceId"
            label={REFERRAL_LABELS.serviceId}
            problems={problems}
            value={draft.serviceId}
            onChange={set('serviceId')}
            options={serviceOptions}
            placeholder="Select a service"
          />
          <Textarea
            name="reason"
            label={REFERRAL_LABELS.reason}
            hint="What the receiving service needs to know."
            problems={problems}
            value={draft.reason}
            onChange={set('reason')}
          />
          <Radios name="consent" label={REFERRAL_LABELS.consent} problems={problems} value={draft.consent} onChange={set('consent')} options={CONSENT} inline />
          {withoutConsent && (
            <>
              <Radios
                name="lawfulBasis"
                label={REFERRAL_LABELS.lawfulBasis}
                problems={problems}
                value={draft.lawfulBasis}
                onChange={set('lawfulBasis')}
                options={LAWFUL_BASES}
              />
              {draft.lawfulBasis === 'OTHER' && (
                <TextInput
                  name="lawfulBasisNote"
                  label={REFERRAL_LABELS.lawfulBasisNote}
                  problems={problems}
                  value={draft.lawfulBasisNote}
                  onChange={set('lawfulBasisNote')}
                />
              )}
            </>
          )}
          <TextInput
            name="occurredOn"
            label={REFERRAL_LABELS.occurredOn}
            hint="Not in the future."
            type="date"
            width="10"
            problems={problems}
            value={draft.occurredOn}
            onChange={set('occurredOn')}
          />
          <Radios
            name="submit"
            label="Send it now?"
            problems={problems}
            value={draft.submit}
            onChange={set('submit')}
            options={[
              { value: 'YES', label: 'Yes, send it to the service now' },
              { value: 'NO', label: 'No, keep it as a draft' },
            ]}
          />
        </>
      )}
    </RecordingForm>
  );
}

const STATUS_COLOUR = {
  DECLINED: 'red',
  WITHDRAWN: 'grey',
  DISENGAGED: 'red',
  COMPLETED: 'green',
  ENGAGED: 'green',
  ACCEPTED: 'blue',
  DRAFT: 'yellow',
} as const;

/** One referral: where it stands, every dated status change, and (while it is the referrer's) submit or withdraw. */
export function ReferralPage() {
  const { familyId = '', referralId = '' } = useParams();
  const location = useLocation();
  const [{ data, error, fetching }, refetch] = useQuery({ query: ReferralHistoryDocument, variables: { id: referralId } });
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [change, setChange] = useDraft(`referral-change:${referralId}`, { occurredOn: '', note: '' });
  const [changed, setChanged] = useState<string>();
  const [submitting, submit] = useMutation(PractitionerSubmitReferralDocument);
  const [withdrawing, withdraw] = useMutation(PractitionerWithdrawReferralDocument);

  if (fetching && !data) return <Loading />;
  if (error || !data) {
    return (
      <>
        <h1 className="govuk-heading-l">Referral</h1>
        <Problem title={codeOf(error) === 'FORBIDDEN' ? 'You cannot open this referral' : 'There is a problem'}>
          {error?.graphQLErrors[0]?.message ?? 'The referral could not be loaded. Try again in a moment.'}
        </Problem>
      </>
    );
  }
  const referral = data.referral;
  const open = referral.status === 'DRAFT' || referral.status === 'SUBMITTED';

  const act = (action: 'submit' | 'withdraw') => async (event?: FormEvent) => {
    event?.preventDefault();
    const found = problemsFrom([['occurredOn', !change.occurredOn, action === 'submit' ? 'Enter the date you send it' : 'Enter the date you withdraw it']]);
    setProblems(found);
    if (found.summary.length) return;
    const input = { referralId, occurredOn: change.occurredOn, note: change.note.trim() || null };
    const result = action === 'submit' ? await submit({ input }) : await withdraw({ input });
    if (result.error) return setProblems(apiProblems(result.error, { occurredOn: 'Date', note: 'Note' }));
    setChange({ occurredOn: '', note: '' });
    setChanged(action === 'submit' ? 'Referral sent' : 'Referral withdrawn');
    refetch({ requestPolicy: 'network-only' });
  };

  const banner = changed ?? (location.state as { recorded?: string } | null)?.recorded;
  return (
    <>
      {banner && <Success>{banner}</Success>}
      <ErrorSummary problems={problems} />
      <span className="govuk-caption-l">Referral</span>
      <h1 className="govuk-heading-l">
        {referral.service.name} for {fullName(referral.subject) || 'someone you may not see'}
      </h1>
      <SummaryList
        rows={[
          ['Status', <Tag colour={STATUS_COLOUR[referral.status as keyof typeof STATUS_COLOUR]}>{humanise(referral.status)}</Tag>],
          ['Made', formatDate(referral.referredOn)],
          ['Sent', referral.submittedOn ? formatDate(referral.submittedOn) : 'Not sent yet'],
          ['Service', `${referral.service.name} (${humanise(referral.service.type).toLowerCase()})`],
          ['Why', referral.reason],
          [
            'Consent',
            labelIn(CONSENT, referral.consent) + (referral.lawfulBasis ? `: shared on ${labelIn(LAWFUL_BASES, referral.lawfulBasis).toLowerCase()}` : ''),
          ],
        ]}
      />
      <Table
        caption="History, oldest first"
        head={['Date', 'Change', 'By', 'Note']}
        rows={referral.statusHistory.map((entry) => [
          formatDate(entry.occurredOn),
          entry.fromStatus ? `${humanise(entry.fromStatus)} to ${humanise(entry.toStatus).toLowerCase()}` : `Made as ${humanise(entry.toStatus).toLowerCase()}`,
          entry.by?.displayName ?? '',
          [entry.declineReason && `Declined: ${humanise(entry.declineReason).toLowerCase()}`, entry.declineCriterion, entry.note].filter(Boolean).join('. '),
        ])}
      />
      {open && (
        <form onSubmit={act(referral.status === 'DRAFT' ? 'submit' : 'withdraw')} noValidate>
          <h2 className="govuk-heading-m">{referral.status === 'DRAFT' ? 'Send or withdraw the referral' : 'Withdraw the referral'}</h2>
          <TextInput
            name="occurredOn"
            label="Date"
            hint="Not in the future, not before the last change."
            type="date"
            width="10"
            problems={problems}
            value={change.occurredOn}
            onChange={(occurredOn) => setChange((c) => ({ ...c, occurredOn }))}
          />
          <Textarea name="note" label="Note (optional)" problems={problems} value={change.note} onChange={(note) => setChange((c) => ({ ...c, note }))} />
          <div className="govuk-button-group">
            {referral.status === 'DRAFT' && <Button disabled={submitting.fetching}>Send referral</Button>}
            <Button
              warning
              type={referral.status === 'DRAFT' ? 'button' : 'submit'}
              disabled={withdrawing.fetching}
              onClick={referral.status === 'DRAFT' ? () => void act('withdraw')() : undefined}
            >
              Withdraw referral
            </Button>
          </div>
        </form>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={`/families/${familyId || referral.familyId}#referrals`}>
          Back to the family
        </Link>
      </p>
    </>
  );
}
