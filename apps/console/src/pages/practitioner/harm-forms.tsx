import { useQuery, useMutation } from 'urql';
import { Checkboxes, Radios, Select, Textarea, TextInput } from '../../components/forms';
import {
  AbuseForm,
  HarmDisclosure,
  HarmTypology,
  IncidentKind,
  IncidentRole,
  PractitionerAgenciesDocument,
  PractitionerRecordHarmRelationshipDocument,
  PractitionerRecordIncidentDocument,
} from '../../gql/graphql';
import { fieldId } from '../../components/forms';
import { useDraft } from '../../session/drafts';
import { ABUSE_FORMS, DISCLOSURES, INCIDENT_KINDS, INCIDENT_ROLES, TYPOLOGIES } from './labels';
import { apiProblems, memberOptions, problemsFrom, RecordingForm, useRecording } from './recording';

const INCIDENT_LABELS = {
  kind: 'Kind of incident',
  occurredOn: 'Date it happened',
  reportingAgencyId: 'Reporting agency',
  description: 'What happened',
  people: 'People involved',
};

/** A police domestic abuse notification or another reported incident, with who was involved and how. */
export function RecordIncidentPage() {
  const { familyId, family, problems, setProblems, done } = useRecording();
  const [agencies] = useQuery({ query: PractitionerAgenciesDocument });
  const [draft, setDraft, discard] = useDraft(`incident:${familyId}`, {
    kind: '',
    occurredOn: '',
    reportingAgencyId: '',
    description: '',
    roles: {} as Record<string, string>,
  });
  const [saving, record] = useMutation(PractitionerRecordIncidentDocument);
  const set = (field: 'kind' | 'occurredOn' | 'reportingAgencyId' | 'description') => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const setRole = (personId: string) => (role: string) => setDraft((current) => ({ ...current, roles: { ...current.roles, [personId]: role } }));
  const people = Object.entries(draft.roles).filter(([, role]) => role);

  const save = async () => {
    const found = problemsFrom([
      ['kind', !draft.kind, 'Select the kind of incident'],
      ['occurredOn', !draft.occurredOn, 'Enter the date it happened'],
      ['reportingAgencyId', !draft.reportingAgencyId, 'Select the agency that reported it'],
      ['description', !draft.description.trim(), 'Describe what happened'],
      ['people', !people.length, 'Say how at least one family member was involved'],
    ]);
    setProblems(found);
    if (found.summary.length) return;
    const result = await record({
      input: {
        familyId,
        kind: draft.kind as IncidentKind,
        occurredOn: draft.occurredOn,
        reportingAgencyId: draft.reportingAgencyId,
        description: draft.description.trim(),
        people: people.map(([personId, role]) => ({ personId, role: role as IncidentRole })),
      },
    });
    if (result.error) return setProblems(apiProblems(result.error, INCIDENT_LABELS));
    discard();
    done('Incident recorded', '#timeline');
  };

  return (
    <RecordingForm title="Record an incident" family={family} problems={problems} saving={saving.fetching} submitLabel="Record incident" onSubmit={save}>
      {(f) => (
        <>
          <Radios name="kind" label={INCIDENT_LABELS.kind} problems={problems} value={draft.kind} onChange={set('kind')} options={INCIDENT_KINDS} />
          <TextInput
            name="occurredOn"
            label={INCIDENT_LABELS.occurredOn}
            hint="Not in the future."
            type="date"
            width="10"
            problems={problems}
            value={draft.occurredOn}
            onChange={set('occurredOn')}
          />
          <Select
            name="reportingAgencyId"
            label={INCIDENT_LABELS.reportingAgencyId}
            hint="The police force, for a notification."
            problems={problems}
            value={draft.reportingAgencyId}
            onChange={set('reportingAgencyId')}
            options={(agencies.data?.agencies ?? []).map((agency) => ({ value: agency.id, label: agency.name }))}
            placeholder="Select an agency"
          />
          <Textarea
            name="description"
            label={INCIDENT_LABELS.description}
            hint="A short description, at most 1000 characters."
            problems={problems}
            value={draft.description}
            onChange={set('description')}
          />
          <div className={`govuk-form-group${problems.byField.people ? ' govuk-form-group--error' : ''}`}>
            <fieldset className="govuk-fieldset" aria-describedby={problems.byField.people ? `${fieldId('people')}-error` : undefined}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s" id={fieldId('people')} tabIndex={-1}>
                {INCIDENT_LABELS.people}
              </legend>
              {problems.byField.people && (
                <p id={`${fieldId('people')}-error`} className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {problems.byField.people}
                </p>
              )}
              {memberOptions(f).map((person) => (
                <Select
                  key={person.value}
                  name={`role-${person.value}`}
                  label={person.label}
                  problems={problems}
                  value={draft.roles[person.value] ?? ''}
                  onChange={setRole(person.value)}
                  options={INCIDENT_ROLES}
                  placeholder="Not involved"
                />
              ))}
            </fieldset>
          </div>
        </>
      )}
    </RecordingForm>
  );
}

const HARM_LABELS = {
  personCausingHarmId: 'Person causing harm',
  personHarmedId: 'Person harmed',
  forms: 'Forms of harm',
  disclosure: 'Disclosed or suspected',
  typology: 'Typology',
  recordedOn: 'Date recorded',
  note: 'Note',
};

/** Who causes harm to whom, the forms it takes, and whether it was disclosed or is suspected. */
export function RecordHarmRelationshipPage() {
  const { familyId, family, problems, setProblems, done } = useRecording();
  const [draft, setDraft, discard] = useDraft(`harm:${familyId}`, {
    personCausingHarmId: '',
    personHarmedId: '',
    forms: [] as string[],
    disclosure: '',
    typology: '',
    recordedOn: '',
    note: '',
  });
  const [saving, record] = useMutation(PractitionerRecordHarmRelationshipDocument);
  const set = (field: Exclude<keyof typeof draft, 'forms'>) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  const save = async () => {
    const found = problemsFrom([
      ['personCausingHarmId', !draft.personCausingHarmId, 'Select the person causing harm'],
      ['personHarmedId', !draft.personHarmedId, 'Select the person harmed'],
      ['forms', !draft.forms.length, 'Select at least one form of harm'],
      ['disclosure', !draft.disclosure, 'Say whether the harm was disclosed or is suspected'],
      ['recordedOn', !draft.recordedOn, 'Enter the date you record it'],
    ]);
    setProblems(found);
    if (found.summary.length) return;
    const result = await record({
      input: {
        familyId,
        personCausingHarmId: draft.personCausingHarmId,
        personHarmedId: draft.personHarmedId,
        forms: draft.forms as AbuseForm[],
        disclosure: draft.disclosure as HarmDisclosure,
        typology: (draft.typology || null) as HarmTypology | null,
        recordedOn: draft.recordedOn,
        note: draft.note.trim() || null,
      },
    });
    if (result.error) return setProblems(apiProblems(result.error, HARM_LABELS));
    discard();
    done('Harm relationship recorded', '#practitioner-records');
  };

  return (
    <RecordingForm
      title="Record a harm relationship"
      family={family}
      problems={problems}
      saving={saving.fetching}
      submitLabel="Record harm relationship"
      onSubmit={save}
    >
      {(f) => (
        <>
          <Select
            name="personCausingHarmId"
            label={HARM_LABELS.personCausingHarmId}
            problems={problems}
            value={draft.personCausingHarmId}
            onChange={set('personCausingHarmId')}
            options={memberOptions(f)}
            placeholder="Select a family member"
          />
          <Select
            name="personHarmedId"
            label={HARM_LABELS.personHarmedId}
            hint="Not the person causing harm."
            problems={problems}
            value={draft.personHarmedId}
            onChange={set('personHarmedId')}
            options={memberOptions(f)}
            placeholder="Select a family member"
          />
          <Checkboxes
            name="forms"
            label={HARM_LABELS.forms}
            hint="Select all that apply."
            problems={problems}
            values={draft.forms}
            onChange={(forms) => setDraft((current) => ({ ...current, forms }))}
            options={ABUSE_FORMS}
          />
          <Radios
            name="disclosure"
            label={HARM_LABELS.disclosure}
            hint="“Suspected, not disclosed” is a valid record: say so rather than leave it out."
            problems={problems}
            value={draft.disclosure}
            onChange={set('disclosure')}
            options={DISCLOSURES}
          />
          <Select
            name="typology"
            label="Typology (optional)"
            problems={problems}
            value={draft.typology}
            onChange={set('typology')}
            options={TYPOLOGIES}
            placeholder="Not known"
          />
          <TextInput
            name="recordedOn"
            label={HARM_LABELS.recordedOn}
            hint="Not in the future."
            type="date"
            width="10"
            problems={problems}
            value={draft.recordedOn}
            onChange={set('recordedOn')}
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
