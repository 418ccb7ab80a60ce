import { useMutation } from 'urql';
import { Radios, Select, Textarea, TextInput } from '../../components/forms';
import { PractitionerRecordMemberLeftDocument, PractitionerRecordReconciliationDocument, PractitionerRecordSeparationDocument } from '../../gql/graphql';
import { useDraft } from '../../session/drafts';
import { apiProblems, fullName, nameIn, problemsFrom, RecordingFamily, RecordingForm, useRecording } from './recording';

const couplesIn = (family: RecordingFamily, statuses: string[]) =>
  family.relationships
    .filter((relationship) => relationship.currentStatus && statuses.includes(relationship.currentStatus))
    .map((couple) => ({ value: couple.id, label: `${nameIn(family, couple.personId)} and ${nameIn(family, couple.relatedPersonId)}` }));

const SEPARATION_LABELS = { relationshipId: 'Couple', separatedOn: 'Date they separated', leftHouseholdPersonId: 'Who left the household', note: 'Note' };

/** A couple separated: first-class, dated, and (when known) who left, whose membership ends that day. */
export function RecordSeparationPage() {
  const { familyId, family, problems, setProblems, done } = useRecording();
  const [draft, setDraft, discard] = useDraft(`separation:${familyId}`, { relationshipId: '', separatedOn: '', leftHouseholdPersonId: '', note: '' });
  const [saving, record] = useMutation(PractitionerRecordSeparationDocument);
  const set = (field: keyof typeof draft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));
  const couple = family.data?.family.relationships.find((relationship) => relationship.id === draft.relationshipId);

  const save = async () => {
    const found = problemsFrom([
      ['relationshipId', !draft.relationshipId, 'Select the couple who separated'],
      ['separatedOn', !draft.separatedOn, 'Enter the date they separated'],
    ]);
    setProblems(found);
    if (found.summary.length) return;
    const result = await record({
      input: {
        relationshipId: draft.relationshipId,
        separatedOn: draft.separatedOn,
        leftHouseholdPersonId: draft.leftHouseholdPersonId || null,
        note: draft.note.trim() || null,
      },
    });
    if (result.error) return setProblems(apiProblems(result.error, SEPARATION_LABELS));
    discard();
    done('Separation recorded', '#relationships');
  };

  return (
    <RecordingForm title="Record a separation" family={family} problems={problems} saving={saving.fetching} submitLabel="Record separation" onSubmit={save}>
      {(f) => (
        <>
          <Select
            name="relationshipId"
            label={SEPARATION_LABELS.relationshipId}
            hint="Couples recorded as together or reconciled."
            problems={problems}
            value={draft.relationshipId}
            onChange={set('relationshipId')}
            options={couplesIn(f, ['TOGETHER', 'RECONCILED'])}
            placeholder="Select a couple"
          />
          <TextInput
            name="separatedOn"
            label={SEPARATION_LABELS.separatedOn}
            hint="Not in the future."
            type="date"
            width="10"
            problems={problems}
            value={draft.separatedOn}
            onChange={set('separatedOn')}
          />
          <Radios
            name="leftHouseholdPersonId"
            label={SEPARATION_LABELS.leftHouseholdPersonId}
            hint="Their membership of the household ends on the day they separated."
            problems={problems}
            value={draft.leftHouseholdPersonId}
            onChange={set('leftHouseholdPersonId')}
            options={[
              ...(couple ? [couple.personId, couple.relatedPersonId].map((id) => ({ value: id, label: nameIn(f, id) })) : []),
              { value: '', label: 'Nobody left, or not known' },
            ]}
          />
          <Textarea
            name="note"
            label="Note (optional)"
            hint="Shown only to those working for the victim."
            problems={problems}
            value={draft.note}
            onChange={set('note')}
          />
        </>
      )}
    </RecordingForm>
  );
}

const RECONCILIATION_LABELS = { relationshipId: 'Couple', reconciledOn: 'Date they reconciled', note: 'Note' };

/** A separated couple got back together: the moment risk often rises again. */
export function RecordReconciliationPage() {
  const { familyId, family, problems, setProblems, done } = useRecording();
  const [draft, setDraft, discard] = useDraft(`reconciliation:${familyId}`, { relationshipId: '', reconciledOn: '', note: '' });
  const [saving, record] = useMutation(PractitionerRecordReconciliationDocument);
  const set = (field: keyof typeof draft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  const save = async () => {
    const found = problemsFrom([
      ['relationshipId', !draft.relationshipId, 'Select the couple who reconciled'],
      ['reconciledOn', !draft.reconciledOn, 'Enter the date they reconciled'],
    ]);
    setProblems(found);
    if (found.summary.length) return;
    const result = await record({ input: { relationshipId: draft.relationshipId, reconciledOn: draft.reconciledOn, note: draft.note.trim() || null } });
    if (result.error) return setProblems(apiProblems(result.error, RECONCILIATION_LABELS));
    discard();
    done('Reconciliation recorded', '#relationships');
  };

  return (
    <RecordingForm
      title="Record a reconciliation"
      family={family}
      problems={problems}
      saving={saving.fetching}
      submitLabel="Record reconciliation"
      onSubmit={save}
    >
      {(f) => (
        <>
          <Select
            name="relationshipId"
            label={RECONCILIATION_LABELS.relationshipId}
            hint="Couples recorded as separated."
            problems={problems}
            value={draft.relationshipId}
            onChange={set('relationshipId')}
            options={couplesIn(f, ['SEPARATED'])}
            placeholder="Select a couple"
          />
          <TextInput
            name="reconciledOn"
            label={RECONCILIATION_LABELS.reconciledOn}
            hint="Not in the future."
            type="date"
            width="10"
            problems={problems}
            value={draft.reconciledOn}
            onChange={set('reconciledOn')}
          />
          <Textarea
            name="note"
            label="Note (optional)"
            hint="Shown only to those working for the victim."
            problems={problems}
            value={draft.note}
            onChange={set('note')}
          />
        </>
      )}
    </RecordingForm>
  );
}

const LEFT_LABELS = { membershipId: 'Who left', leftOn: 'Date they left' };

/** Someone left the household; their membership stays as history. */
export function RecordMemberLeftPage() {
  const { familyId, family, problems, setProblems, done } = useRecording();
  const [draft, setDraft, discard] = useDraft(`member-left:${familyId}`, { membershipId: '', leftOn: '' });
  const [saving, record] = useMutation(PractitionerRecordMemberLeftDocument);
  const set = (field: keyof typeof draft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  const save = async () => {
    const found = problemsFrom([
      ['membershipId', !draft.membershipId, 'Select who left the household'],
      ['leftOn', !draft.leftOn, 'Enter the date they left'],
    ]);
    setProblems(found);
    if (found.summary.length) return;
    const result = await record({ input: { membershipId: draft.membershipId, leftOn: draft.leftOn } });
    if (result.error) return setProblems(apiProblems(result.error, LEFT_LABELS));
    discard();
    done('Member leaving recorded', '#members');
  };

  return (
    <RecordingForm
      title="Record a member leaving the household"
      family={family}
      problems={problems}
      saving={saving.fetching}
      submitLabel="Record member leaving"
      onSubmit={save}
    >
      {(f) => (
        <>
          <Select
            name="membershipId"
            label={LEFT_LABELS.membershipId}
            problems={problems}
            value={draft.membershipId}
            onChange={set('membershipId')}
            options={f.members.filter((member) => !member.leftOn && member.person).map((member) => ({ value: member.id, label: fullName(member.person) }))}
            placeholder="Select a current member"
          />
          <TextInput
            name="leftOn"
            label={LEFT_LABELS.leftOn}
            hint="Not in the future, not before they joined."
            type="date"
            width="10"
            problems={problems}
            value={draft.leftOn}
            onChange={set('leftOn')}
          />
        </>
      )}
    </RecordingForm>
  );
}
