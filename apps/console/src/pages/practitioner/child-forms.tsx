import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDate, SummaryList } from '../../components/display';
import { Radios, Select, TextInput } from '../../components/forms';
import {
  ContactArrangement,
  KinshipCarerRelationship,
  PractitionerEndChildContactDocument,
  PractitionerEndKinshipPlacementDocument,
  PractitionerRecordChildContactDocument,
  PractitionerRecordKinshipPlacementDocument,
  PractitionerRecordsDocument,
} from '../../gql/graphql';
import { useDraft } from '../../session/drafts';
import { CARER_RELATIONSHIPS, CONTACT_ARRANGEMENTS, labelIn } from './labels';
import { apiProblems, memberOptions, nameIn, problemsFrom, RecordingFamily, RecordingForm, useRecording } from './recording';

/** The people recorded as causing harm in this family: contact is recorded with one of them. */
const peopleCausingHarm = (family: RecordingFamily) => {
  const ids = [...new Set(family.harmRelationships.map((harm) => harm.personCausingHarmId))];
  return ids.map((id) => ({ value: id, label: nameIn(family, id) }));
};

const CONTACT_LABELS = {
  childId: 'Child',
  personCausingHarmId: 'Person causing harm',
  arrangement: 'Arrangement',
  startedOn: 'Date contact started',
  endedOn: 'Date it ended',
};

/** Contact between a child and a person causing harm: handovers are where post-separation risk shows. */
export function RecordChildContactPage() {
  const { familyId, family, problems, setProblems, done } = useRecording();
  const [draft, setDraft, discard] = useDraft(`contact:${familyId}`, { childId: '', personCausingHarmId: '', arrangement: '', startedOn: '', endedOn: '' });
  const [saving, record] = useMutation(PractitionerRecordChildContactDocument);
  const set = (field: keyof typeof draft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  const save = async () => {
    const found = problemsFrom([
      ['childId', !draft.childId, 'Select the child'],
      ['personCausingHarmId', !draft.personCausingHarmId, 'Select the person causing harm'],
      ['arrangement', !draft.arrangement, 'Select the arrangement'],
      ['startedOn', !draft.startedOn, 'Enter the date contact started'],
    ]);
    setProblems(found);
    if (found.summary.length) return;
    const result = await record({
      input: {
        familyId,
        childId: draft.childId,
        personCausingHarmId: draft.personCausingHarmId,
        arrangement: draft.arrangement as ContactArrangement,
        startedOn: draft.startedOn,
        endedOn: draft.endedOn || null,
      },
    });
    if (result.error) return setProblems(apiProblems(result.error, CONTACT_LABELS));
    discard();
    done('Child contact recorded', '#practitioner-records');
  };

  return (
    <RecordingForm title="Record child contact" family={family} problems={problems} saving={saving.fetching} submitLabel="Record child contact" onSubmit={save}>
      {(f) => (
        <>
          <Select
            name="childId"
            label={CONTACT_LABELS.childId}
            problems={problems}
            value={draft.childId}
            onChange={set('childId')}
            options={memberOptions(f, 'CHILD')}
            placeholder="Select a child"
          />
          <Select
            name="personCausingHarmId"
            label={CONTACT_LABELS.personCausingHarmId}
            hint="Someone recorded as causing harm in this family: record the harm relationship first."
            problems={problems}
            value={draft.personCausingHarmId}
            onChange={set('personCausingHarmId')}
            options={peopleCausingHarm(f)}
            placeholder="Select a person"
          />
          <Radios
            name="arrangement"
            label={CONTACT_LABELS.arrangement}
            problems={problems}
            value={draft.arrangement}
            onChange={set('arrangement')}
            options={CONTACT_ARRANGEMENTS}
          />
          <TextInput
            name="startedOn"
            label={CONTACT_LABELS.startedOn}
            hint="Not in the future, not before the child's birth."
            type="date"
            width="10"
            problems={problems}
            value={draft.startedOn}
            onChange={set('startedOn')}
          />
          <TextInput
            name="endedOn"
            label="Date it ended (optional)"
            hint="Only if it has already ended."
            type="date"
            width="10"
            problems={problems}
            value={draft.endedOn}
            onChange={set('endedOn')}
          />
        </>
      )}
    </RecordingForm>
  );
}

const PLACEMENT_LABELS = {
  childId: 'Child',
  carerId: 'Kinship carer',
  carerRelationship: "Carer's relationship to the child",
  placedOn: 'Date the child moved in',
  endedOn: 'Date it ended',
};

/** A child living with a kinship carer; a carer related to the person causing harm raises a signal. */
export function RecordKinshipPlacementPage() {
  const { familyId, family, problems, setProblems, done } = useRecording();
  const [draft, setDraft, discard] = useDraft(`kinship:${familyId}`, { childId: '', carerId: '', carerRelationship: '', placedOn: '', endedOn: '' });
  const [saving, record] = useMutation(PractitionerRecordKinshipPlacementDocument);
  const set = (field: keyof typeof draft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  const save = async () => {
    const found = problemsFrom([
      ['childId', !draft.childId, 'Select the child'],
      ['carerId', !draft.carerId, 'Select the kinship carer'],
      ['carerRelationship', !draft.carerRelationship, "Select the carer's relationship to the child"],
      ['placedOn', !draft.placedOn, 'Enter the date the child moved in'],
    ]);
    setProblems(found);
    if (found.summary.length) return;
    const result = await record({
      input: {
        familyId,
        childId: draft.childId,
        carerId: draft.carerId,
        carerRelationship: draft.carerRelationship as KinshipCarerRelationship,
        placedOn: draft.placedOn,
        endedOn: draft.endedOn || null,
      },
    });
    if (result.error) return setProblems(apiProblems(result.error, PLACEMENT_LABELS));
    discard();
    done('Kinship placement recorded', '#practitioner-records');
  };

  return (
    <RecordingForm
      title="Record a kinship placement"
      family={family}
      problems={problems}
      saving={saving.fetching}
      submitLabel="Record kinship placement"
      onSubmit={save}
    >
      {(f) => (
        <>
          <Select
            name="childId"
            label={PLACEMENT_LABELS.childId}
            problems={problems}
            value={draft.childId}
            onChange={set('childId')}
            options={memberOptions(f, 'CHILD')}
            placeholder="Select a child"
          />
          <Select
            name="carerId"
            label={PLACEMENT_LABELS.carerId}
            hint="A member of the family: add the carer to the family first."
            problems={problems}
            value={draft.carerId}
            onChange={set('carerId')}
            options={memberOptions(f, 'ADULT')}
            placeholder="Select a family member"
          />
          <Select
            name="carerRelationship"
            label={PLACEMENT_LABELS.carerRelationship}
            problems={problems}
            value={draft.carerRelationship}
            onChange={set('carerRelationship')}
            options={CARER_RELATIONSHIPS}
            placeholder="Select a relationship"
          />
          <TextInput
            name="placedOn"
            label={PLACEMENT_LABELS.placedOn}
            hint="Not in the future, not before the child's birth."
            type="date"
            width="10"
            problems={problems}
            value={draft.placedOn}
            onChange={set('placedOn')}
          />
          <TextInput
            name="endedOn"
            label="Date it ended (optional)"
            hint="Only if it has already ended."
            type="date"
            width="10"
            problems={problems}
            value={draft.endedOn}
            onChange={set('endedOn')}
          />
        </>
      )}
    </RecordingForm>
  );
}

/** Ends a child contact arrangement or a kinship placement: one date, checked by the API. */
function EndForm({ kind }: { kind: 'contact' | 'placement' }) {
  const { recordId = '' } = useParams();
  const { familyId, family, problems, setProblems, done } = useRecording();
  const [records] = useQuery({ query: PractitionerRecordsDocument, variables: { id: familyId } });
  const [endedOn, setEndedOn] = useDraft(`end-${kind}:${recordId}`, '');
  const [endingContact, endContact] = useMutation(PractitionerEndChildContactDocument);
  const [endingPlacement, endPlacement] = useMutation(PractitionerEndKinshipPlacementDocument);
  const contact = records.data?.family.childContacts.find((c) => c.id === recordId);
  const placement = records.data?.family.kinshipPlacements.find((p) => p.id === recordId);

  const save = async () => {
    const found = problemsFrom([['endedOn', !endedOn, 'Enter the date it ended']]);
    setProblems(found);
    if (found.summary.length) return;
    const result =
      kind === 'contact' ? await endContact({ input: { contactId: recordId, endedOn } }) : await endPlacement({ input: { placementId: recordId, endedOn } });
    if (result.error) return setProblems(apiProblems(result.error, { endedOn: 'Date it ended', contactId: 'Contact', placementId: 'Placement' }));
    done(kind === 'contact' ? 'Child contact ended' : 'Kinship placement ended', '#practitioner-records');
  };

  return (
    <RecordingForm
      title={kind === 'contact' ? 'End child contact' : 'End a kinship placement'}
      family={family}
      problems={problems}
      saving={endingContact.fetching || endingPlacement.fetching}
      submitLabel={kind === 'contact' ? 'End contact' : 'End placement'}
      onSubmit={save}
    >
      {(f) => (
        <>
          {contact && (
            <SummaryList
              rows={[
                ['Child', nameIn(f, contact.childId)],
                ['With', nameIn(f, contact.personCausingHarmId)],
                ['Arrangement', labelIn(CONTACT_ARRANGEMENTS, contact.arrangement)],
                ['Started', formatDate(contact.startedOn)],
              ]}
            />
          )}
          {placement && (
            <SummaryList
              rows={[
                ['Child', nameIn(f, placement.childId)],
                ['Carer', `${nameIn(f, placement.carerId)} (${labelIn(CARER_RELATIONSHIPS, placement.carerRelationship).toLowerCase()})`],
                ['Moved in', formatDate(placement.placedOn)],
              ]}
            />
          )}
          <TextInput
            name="endedOn"
            label="Date it ended"
            hint="Not in the future, not before it started."
            type="date"
            width="10"
            problems={problems}
            value={endedOn}
            onChange={setEndedOn}
          />
        </>
      )}
    </RecordingForm>
  );
}

export const EndChildContactPage = () => <EndForm kind="contact" />;
export const EndKinshipPlacementPage = () => <EndForm kind="placement" />;
