import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDate, humanise, Table } from '../../components/display';
import { Button, ErrorSummary, Radios, Select, Textarea, TextInput } from '../../components/forms';
import { NO_PROBLEMS, problemsOf, ProblemList } from '../../graphql/errors';
import { Consent, LawfulBasis, ReferFromMeetingDocument, ReferralServicesDocument } from '../../gql/graphql';
import { useDraft } from '../../session/drafts';
import { LiveItem, LiveMeeting, nameOf, personLabel, prefixProblems, today } from './model';

const CONSENT = [
  { value: 'GIVEN', label: 'Consent given' },
  { value: 'REFUSED', label: 'Consent refused' },
  { value: 'NOT_SOUGHT', label: 'Consent not sought' },
];
const LAWFUL_BASES = [
  { value: 'SAFEGUARDING_CHILD', label: 'Safeguarding a child' },
  { value: 'PREVENTING_SERIOUS_HARM', label: 'Preventing serious harm' },
  { value: 'PREVENTION_OR_DETECTION_OF_CRIME', label: 'Prevention or detection of crime' },
  { value: 'VITAL_INTERESTS', label: 'Vital interests' },
  { value: 'COURT_ORDER', label: 'Court order' },
  { value: 'OTHER', label: 'Other' },
];

export function ReferralList({ meeting, item }: { meeting: LiveMeeting; item: LiveItem }) {
  const referrals = meeting.referralsAgreed.filter((r) => r.familyId === item.familyId);
  if (!referrals.length) return <p className="govuk-body">No referrals from this meeting that you can see.</p>;
  return (
    <Table
      caption="Referrals made from this meeting"
      captionSize="s"
      head={['Who', 'To', 'Made on', 'Status']}
      rows={referrals.map((r) => [
        nameOf(item.people.find((p) => p.personId === r.subjectPersonId)),
        r.service.name,
        formatDate(r.referredOn),
        humanise(r.status),
      ])}
    />
  );
}

type Referral = {
  subjectPersonId: string;
  serviceId: string;
  reason: string;
  consent: Consent | '';
  lawfulBasis: LawfulBasis | '';
  lawfulBasisNote: string;
  occurredOn: string;
};
const NEW_REFERRAL: Referral = { subjectPersonId: '', serviceId: '', reason: '', consent: '', lawfulBasis: '', lawfulBasisNote: '', occurredOn: '' };
const P = 'referral.';

/**
 * A referral agreed at the meeting, for example the father to a perpetrator programme. Made, and
 * submitted at once, by the family's practitioner or a co-working DVA specialist: the API holds that
 * rule, so the chair agrees an action for them instead.
 */
export function ReferralForm({ meeting, item, onSaved }: { meeting: LiveMeeting; item: LiveItem; onSaved: (message: string) => void }) {
  const [draft, setDraft, discard] = useDraft<Referral>(`agenda:${item.id}:referral`, NEW_REFERRAL);
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [services] = useQuery({ query: ReferralServicesDocument });
  const [{ fetching }, refer] = useMutation(ReferFromMeetingDocument);
  const set = (patch: Partial<Referral>) => setDraft((current) => ({ ...current, ...patch }));
  const shared = draft.consent === 'REFUSED' || draft.consent === 'NOT_SOUGHT';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await refer({
      input: {
        meetingId: meeting.id,
        familyId: item.familyId,
        subjectPersonId: draft.subjectPersonId,
        serviceId: draft.serviceId,
        reason: draft.reason,
        consent: (draft.consent || 'GIVEN') as Consent,
        lawfulBasis: shared ? (draft.lawfulBasis as LawfulBasis) || null : null,
        lawfulBasisNote: shared && draft.lawfulBasis === 'OTHER' ? draft.lawfulBasisNote : null,
        occurredOn: draft.occurredOn || today(),
        submit: true,
      },
    });
    if (result.error) return setProblems(prefixProblems(problemsOf(result.error), P));
    setProblems(NO_PROBLEMS);
    discard();
    onSaved('Referral made and sent to the service.');
  }

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary problems={problems} />
      <Radios
        name={`${P}subjectPersonId`}
        label="Who is referred?"
        small
        problems={problems}
        value={draft.subjectPersonId}
        onChange={(subjectPersonId) => set({ subjectPersonId })}
        options={item.people.map((p) => ({ value: p.personId, label: personLabel(p) }))}
      />
      <Select
        name={`${P}serviceId`}
        label="To which service?"
        placeholder="Select a service"
        problems={problems}
        value={draft.serviceId}
        onChange={(serviceId) => set({ serviceId })}
        options={(services.data?.services ?? []).filter((s) => s.type !== 'MARAC').map((s) => ({ value: s.id, label: `${s.name} (${humanise(s.type)})` }))}
      />
      <Textarea name={`${P}reason`} label="Why, for the receiving service" problems={problems} value={draft.reason} onChange={(reason) => set({ reason })} />
      <Radios
        name={`${P}consent`}
        label="Consent"
        small
        problems={problems}
        value={draft.consent}
        onChange={(consent) => set({ consent: consent as Consent })}
        options={CONSENT}
      />
      {shared && (
        <Select
          name={`${P}lawfulBasis`}
          label="Lawful reason for sharing without consent"
          placeholder="Select a reason"
          problems={problems}
          value={draft.lawfulBasis}
          onChange={(lawfulBasis) => set({ lawfulBasis: lawfulBasis as LawfulBasis })}
          options={LAWFUL_BASES}
        />
      )}
      {shared && draft.lawfulBasis === 'OTHER' && (
        <TextInput
          name={`${P}lawfulBasisNote`}
          label="The lawful reason, in words"
          problems={problems}
          value={draft.lawfulBasisNote}
          onChange={(lawfulBasisNote) => set({ lawfulBasisNote })}
        />
      )}
      <TextInput
        name={`${P}occurredOn`}
        label="Made on"
        hint="Today if left blank."
        type="date"
        width="10"
        problems={problems}
        value={draft.occurredOn}
        onChange={(occurredOn) => set({ occurredOn })}
      />
      <Button secondary disabled={fetching}>
        Make the referral
      </Button>
    </form>
  );
}
