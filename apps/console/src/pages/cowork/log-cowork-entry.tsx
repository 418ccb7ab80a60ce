import { FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDate, Loading, Problem } from '../../components/display';
import { Button, Checkboxes, ErrorSummary, Radios, Textarea, TextInput } from '../../components/forms';
import { CoworkEntryChoicesDocument, CoworkFamilyDocument, LogCoworkEntryDocument, type CoworkKind } from '../../gql/graphql';
import { codeOf, NO_PROBLEMS, problemsOf, type ProblemList } from '../../graphql/errors';
import { useDraft } from '../../session/drafts';
import { useSession } from '../../session/session';
import { apiToday, relabel } from '../dash/dash-questions';
import { AgencyPicker } from './agency-picker';
import { COWORK_KINDS, coworkKindLabel, fullName } from './cowork-labels';

interface FollowUpDraft {
  description: string;
  dueOn: string;
}

const blank = () => ({
  kind: '',
  occurredOn: apiToday(),
  durationMinutes: '',
  personSeenIds: [] as string[],
  practitionerUserIds: [] as string[],
  agencyIds: [] as string[],
  note: '',
  followUps: [] as FollowUpDraft[],
});

const LABELS: Record<string, string> = {
  kind: 'Kind of co-work',
  occurredOn: 'Date',
  durationMinutes: 'Duration',
  personSeenIds: 'Family members seen',
  practitionerUserIds: 'Practitioners',
  agencyIds: 'Agencies involved',
};

/** What must be given before the API is asked, in GOV.UK wording. */
function missing(form: ReturnType<typeof blank>): ProblemList {
  const byField: Record<string, string> = {};
  if (!form.kind) byField.kind = 'Select the kind of co-work';
  if (!form.occurredOn) byField.occurredOn = 'Enter the date of the co-work';
  if (!form.durationMinutes.trim()) byField.durationMinutes = 'Enter how long it took, in minutes';
  else if (!/^\d+$/.test(form.durationMinutes.trim())) byField.durationMinutes = 'Duration must be a whole number of minutes, for example 45';
  form.followUps.forEach((followUp, index) => {
    if (!followUp.description.trim()) byField[`followUps.${index}.description`] = `Say what follow-up ${index + 1} is`;
  });
  return { byField, summary: Object.entries(byField).map(([field, message]) => ({ field, message })) };
}

/** Log joint work with a family the specialist co-works: kind, date, duration, who was seen and involved, a note, follow-ups. */
export function LogCoworkEntryPage() {
  const { familyId = '' } = useParams();
  const navigate = useNavigate();
  const { session } = useSession();
  const [family] = useQuery({ query: CoworkFamilyDocument, variables: { familyId } });
  const [choices] = useQuery({ query: CoworkEntryChoicesDocument });
  const initial = useState(blank)[0];
  const [form, setForm, discard] = useDraft(`log-cowork-${familyId}`, initial);
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [sent, log] = useMutation(LogCoworkEntryDocument);
  const set =
    <K extends keyof typeof form>(field: K) =>
    (value: (typeof form)[K]) =>
      setForm((current) => ({ ...current, [field]: value }));
  const setFollowUp = (index: number, change: Partial<FollowUpDraft>) =>
    set('followUps')(form.followUps.map((followUp, i) => (i === index ? { ...followUp, ...change } : followUp)));

  if (family.error && !family.data) {
    return (
      <>
        <h1 className="govuk-heading-l">Log a co-work entry</h1>
        <Problem title={codeOf(family.error) === 'FORBIDDEN' ? 'You cannot open this family' : undefined}>
          {family.error.graphQLErrors[0]?.message ?? 'The family could not be loaded. Try again in a moment.'}
        </Problem>
      </>
    );
  }
  if (!family.data || !choices.data) return <Loading />;
  const record = family.data.family;
  const mine = record.coworkArrangements.find((a) => a.active && a.specialistUserId === session?.user.id);
  if (!mine) {
    return (
      <>
        <h1 className="govuk-heading-l">Log a co-work entry</h1>
        <Problem title="Not available">{record.name} is not open to you for co-work now, so you cannot log work with them.</Problem>
      </>
    );
  }
  const members = record.members.filter((m) => m.person).map((m) => ({ value: m.person!.id, label: `${fullName(m.person)}${m.leftOn ? ' (left)' : ''}` }));
  const caseHolders = new Map(record.coworkArrangements.map((a) => [a.startedBy.id, `${a.startedBy.displayName} (${a.startedBy.agency.name})`]));
  caseHolders.delete(session!.user.id);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const before = missing(form);
    if (before.summary.length) return setProblems(before);
    const result = await log({
      input: {
        familyId,
        kind: form.kind as CoworkKind,
        occurredOn: form.occurredOn,
        durationMinutes: Number(form.durationMinutes),
        personSeenIds: form.personSeenIds,
        practitionerUserIds: form.practitionerUserIds,
        agencyIds: form.agencyIds,
        note: form.note.trim() || undefined,
        followUps: form.followUps.map((followUp) => ({ description: followUp.description.trim(), dueOn: followUp.dueOn || undefined })),
      },
    });
    if (result.error) return setProblems(relabel(problemsOf(result.error), LABELS));
    discard();
    navigate(`/cowork/${familyId}`, { state: { logged: `${coworkKindLabel(form.kind)} on ${formatDate(form.occurredOn)}` } });
  };

  return (
    <>
      <Link to={`/cowork/${familyId}`} className="govuk-back-link">
        Back to {record.name}
      </Link>
      <ErrorSummary problems={problems} />
      <span className="govuk-caption-l">{record.name}</span>
      <h1 className="govuk-heading-l">Log a co-work entry</h1>
      <form onSubmit={submit} noValidate>
        <Radios name="kind" label="Kind of co-work" problems={problems} value={form.kind} onChange={set('kind')} options={COWORK_KINDS} small />
        <TextInput name="occurredOn" label="Date" type="date" width="10" problems={problems} value={form.occurredOn} onChange={set('occurredOn')} />
        <TextInput
          name="durationMinutes"
          label="Duration"
          hint="In minutes, for example 90 for an hour and a half"
          type="text"
          width="4"
          problems={problems}
          value={form.durationMinutes}
          onChange={set('durationMinutes')}
        />
        <Checkboxes
          name="personSeenIds"
          label="Family members seen"
          hint="Include the person causing harm if you saw them"
          problems={problems}
          values={form.personSeenIds}
          onChange={set('personSeenIds')}
          options={members}
        />
        {caseHolders.size > 0 && (
          <Checkboxes
            name="practitionerUserIds"
            label="Practitioners who took part"
            problems={problems}
            values={form.practitionerUserIds}
            onChange={set('practitionerUserIds')}
            options={[...caseHolders].map(([value, label]) => ({ value, label }))}
          />
        )}
        <AgencyPicker agencies={choices.data.agencies} chosen={form.agencyIds} onChange={set('agencyIds')} problems={problems} />
        <Textarea
          name="note"
          label="Note"
          hint="A short note. Only those working for the victim will see it."
          problems={problems}
          value={form.note}
          onChange={set('note')}
        />
        <h2 className="govuk-heading-m">Follow-ups</h2>
        {form.followUps.map((followUp, index) => (
          <fieldset className="govuk-fieldset wm-agenda-item" key={index}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Follow-up {index + 1}</legend>
            <TextInput
              name={`followUps.${index}.description`}
              label={`What is to be done (follow-up ${index + 1})`}
              problems={problems}
              value={followUp.description}
              onChange={(description) => setFollowUp(index, { description })}
            />
            <TextInput
              name={`followUps.${index}.dueOn`}
              label={`Due date (follow-up ${index + 1}, optional)`}
              type="date"
              width="10"
              problems={problems}
              value={followUp.dueOn}
              onChange={(dueOn) => setFollowUp(index, { dueOn })}
            />
            <Button type="button" secondary onClick={() => set('followUps')(form.followUps.filter((_, i) => i !== index))}>
              Remove follow-up {index + 1}
            </Button>
          </fieldset>
        ))}
        <div className="govuk-button-group">
          <Button type="button" secondary onClick={() => set('followUps')([...form.followUps, { description: '', dueOn: '' }])}>
            Add a follow-up
          </Button>
        </div>
        <Button disabled={sent.fetching}>Log co-work entry</Button>
      </form>
    </>
  );
}
