import { FormEvent, ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDate, formatDateTime, Guarded, Loading, NOT_SHOWN, SummaryList, Success } from '../../components/display';
import { Button, ErrorSummary, Radios, Textarea, TextInput } from '../../components/forms';
import { AgencyResearchFieldsFragment, CaseResearchDocument, RecordAgencyResearchDocument } from '../../gql/graphql';
import { NO_PROBLEMS, ProblemList, problemsOf } from '../../graphql/errors';
import { useDraft } from '../../session/drafts';
import { useSession } from '../../session/session';
import { relabel } from '../dash/dash-questions';
import { PageError } from './page-error';
import { FIELD_LABELS, londonToday, RESEARCH_FIELDS, RESEARCH_TEXT_FIELDS, ResearchText } from './research-labels';

type Draft = Record<ResearchText, string> & { holdsRecords: '' | 'yes' | 'no'; researchedOn: string };

const HINTS: Partial<Record<ResearchText, string>> = {
  victimFacts: 'What your records show, with dates and sources. Not opinion.',
  professionalOpinion: 'Kept apart from the facts: how your agency judges the risk.',
  notShared: 'Anything you hold but decided not to share with the MARAC.',
};

/** The SafeLives research form for one case: the agency representative records what their agency holds. */
export function CaseResearchPage() {
  const { meetingId = '', itemId = '' } = useParams();
  const { session } = useSession();
  const [{ data, error, fetching }, refetch] = useQuery({ query: CaseResearchDocument, variables: { id: itemId } });
  // Kept here, not in the form: the form starts afresh once the saved research comes back (its key).
  const [saved, setSaved] = useState(false);
  if (error && !data) return <PageError heading="Research a case" error={error} refusal="This case is not available to your role." />;
  if (!data) return fetching ? <Loading /> : null;
  const item = data.agendaItem;
  const own = item.research.find((r) => r.agencyId === session?.user.agencyId);
  const others = item.research.filter((r) => r !== own);
  return (
    <>
      <Link to={`/meetings/${meetingId}/research`} className="govuk-back-link">
        Back to the cases
      </Link>
      <span className="govuk-caption-l">
        {item.meeting.title}, {formatDateTime(item.meeting.startsAt)}
      </span>
      <h1 className="govuk-heading-l">
        Case {item.position}: {item.familyName}
      </h1>
      <p className="govuk-body">Why it is listed: {item.reasonForListing}</p>
      {item.meeting.status === 'SCHEDULED' ? (
        <ResearchForm
          key={own?.recordedAt ?? 'new'}
          itemId={item.id}
          meetingDay={item.meeting.startsAt.slice(0, 10)}
          own={own}
          saved={saved}
          onSaving={() => setSaved(false)}
          onSaved={() => {
            setSaved(true);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      ) : (
        <p className="govuk-inset-text">This meeting is {item.meeting.status.toLowerCase()}: research is closed.</p>
      )}
      <h2 className="govuk-heading-m">What other agencies found</h2>
      {others.length ? (
        others.map((research) => <ResearchSummary key={research.id} research={research} />)
      ) : (
        <p className="govuk-body">No other agency has recorded research on this case yet.</p>
      )}
    </>
  );
}

interface ResearchFormProps {
  itemId: string;
  meetingDay: string;
  own?: AgencyResearchFieldsFragment;
  saved: boolean;
  onSaving: () => void;
  onSaved: () => void;
}

function ResearchForm({ itemId, meetingDay, own, saved, onSaving, onSaved }: ResearchFormProps) {
  const initial: Draft = {
    holdsRecords: own ? (own.holdsRecords ? 'yes' : 'no') : '',
    researchedOn: own?.researchedOn ?? [londonToday(), meetingDay].sort()[0],
    ...(Object.fromEntries(RESEARCH_TEXT_FIELDS.map((field) => [field, own?.[field] ?? ''])) as Record<ResearchText, string>),
  };
  const [draft, setDraft, discard] = useDraft<Draft>(`research:${itemId}`, initial);
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [{ fetching }, record] = useMutation(RecordAgencyResearchDocument);
  const hidden = new Set(own?.hiddenFields ?? []);
  const set = (field: keyof Draft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    onSaving();
    if (!draft.holdsRecords) {
      const message = 'Say whether your agency holds records on this family';
      return setProblems({ summary: [{ field: 'holdsRecords', message }], byField: { holdsRecords: message } });
    }
    // A part your role may not see is left out, so what was recorded stays as it is.
    const text = Object.fromEntries(RESEARCH_TEXT_FIELDS.filter((field) => !hidden.has(field)).map((field) => [field, draft[field].trim() || null]));
    const result = await record({ input: { agendaItemId: itemId, holdsRecords: draft.holdsRecords === 'yes', researchedOn: draft.researchedOn, ...text } });
    if (result.error) return setProblems(relabel(problemsOf(result.error), FIELD_LABELS));
    setProblems(NO_PROBLEMS);
    discard();
    onSaved();
  }

  return (
    <form onSubmit={submit} noValidate>
      {saved && <Success>Your agency&apos;s research is recorded.</Success>}
      <ErrorSummary problems={problems} />
      <h2 className="govuk-heading-m">Your agency&apos;s research</h2>
      <Radios
        name="holdsRecords"
        label="Does your agency hold records on this family?"
        inline
        problems={problems}
        value={draft.holdsRecords}
        onChange={(value) => set('holdsRecords')(value)}
        options={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No records held' },
        ]}
      />
      {RESEARCH_TEXT_FIELDS.map((field) =>
        hidden.has(field) ? (
          <div className="govuk-form-group" key={field}>
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{RESEARCH_FIELDS[field]}</h3>
            <p className="govuk-body wm-not-shown">{NOT_SHOWN}: what was recorded stays as it is.</p>
          </div>
        ) : (
          <Textarea
            key={field}
            name={field}
            label={RESEARCH_FIELDS[field]}
            hint={HINTS[field]}
            rows={field === 'notShared' || field === 'notSharedReason' ? 2 : 4}
            problems={problems}
            value={draft[field]}
            onChange={set(field)}
          />
        ),
      )}
      <TextInput
        name="researchedOn"
        label="Date researched"
        type="date"
        width="10"
        problems={problems}
        value={draft.researchedOn}
        onChange={set('researchedOn')}
      />
      <Button disabled={fetching}>{own ? 'Update research' : 'Record research'}</Button>
    </form>
  );
}

function ResearchSummary({ research }: { research: AgencyResearchFieldsFragment }) {
  return (
    <section aria-labelledby={`research-${research.id}`}>
      <h3 className="govuk-heading-s" id={`research-${research.id}`}>
        {research.agency.name}
      </h3>
      <SummaryList
        rows={[
          ['Researched by', `${research.researcher.displayName}, ${formatDate(research.researchedOn)}`],
          ['Records held', research.holdsRecords ? 'Yes' : 'No records held'],
          ...RESEARCH_TEXT_FIELDS.map((field): [string, ReactNode] => [
            field === 'professionalOpinion' ? 'Professional opinion' : RESEARCH_FIELDS[field],
            <Guarded record={research} field={field} empty="Nothing recorded">
              {research[field]}
            </Guarded>,
          ]),
        ]}
      />
    </section>
  );
}
