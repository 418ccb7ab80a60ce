import { FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Button, Checkboxes, ErrorSummary, Select, TextInput } from '../../components/forms';
import { Loading, Problem } from '../../components/display';
import { ScheduleMeetingDocument, ScheduleMeetingOptionsDocument, type MeetingType } from '../../gql/graphql';
import { NO_PROBLEMS, problemsOf, type ProblemList } from '../../graphql/errors';
import { useSession } from '../../session/session';
import { useDraft } from '../../session/drafts';
import { MEETING_TYPES, refusedToRole } from './meeting-labels';

const BLANK = { type: 'MARAC', title: '', startsAt: '', venue: '', chairUserId: '', invitedAgencyIds: [] as string[] };

/** Field labels for messages: the API names fields by their input names. */
const LABELS: Record<string, string> = {
  title: 'Name',
  startsAt: 'Date and time',
  venue: 'Venue',
  chairUserId: 'Chair',
  invitedAgencyIds: 'Agencies invited',
  type: 'Type',
};

/** problemsOf labels a field by its API name ("Chair user id"); this form says what its label says. */
function relabel(problems: ProblemList): ProblemList {
  const apiLabel = (field: string) => {
    const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return words.charAt(0).toUpperCase() + words.slice(1);
  };
  const byField: Record<string, string> = {};
  for (const [field, message] of Object.entries(problems.byField)) {
    byField[field] = LABELS[field] && message.startsWith(apiLabel(field)) ? LABELS[field] + message.slice(apiLabel(field).length) : message;
  }
  return { byField, summary: problems.summary.map((p) => (p.field && byField[p.field] ? { ...p, message: byField[p.field] } : p)) };
}

/** What a coordinator must give before the API is asked: GOV.UK wording for empty fields. */
function missing(form: typeof BLANK): ProblemList {
  const byField: Record<string, string> = {};
  if (!form.title.trim()) byField.title = 'Enter a name for the meeting, for example "Northside MARAC, March"';
  if (!form.startsAt) byField.startsAt = 'Enter the date and time the meeting starts';
  if (!form.chairUserId) byField.chairUserId = 'Select who chairs the meeting';
  if (!form.invitedAgencyIds.length) byField.invitedAgencyIds = 'Select at least one agency to invite';
  return { byField, summary: Object.entries(byField).map(([field, message]) => ({ field, message })) };
}

/** Schedule a meeting (a MARAC by default) with its chair and the agencies invited. */
export function ScheduleMeetingPage() {
  const navigate = useNavigate();
  const { session } = useSession();
  const [{ data, error, fetching }] = useQuery({ query: ScheduleMeetingOptionsDocument });
  const [form, setForm, discard] = useDraft('schedule-meeting', BLANK);
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [sent, schedule] = useMutation(ScheduleMeetingDocument);
  const set = (field: keyof typeof BLANK) => (value: string | string[]) => setForm((current) => ({ ...current, [field]: value }));

  // Only coordinators schedule meetings (libs/meetings meeting.permissions); others are told before they fill the form in.
  if (refusedToRole(error) || !session?.user.roles.includes('MARAC_COORDINATOR'))
    return (
      <>
        <h1 className="govuk-heading-l">Schedule a meeting</h1>
        <Problem title="Not available">Scheduling meetings is not available to your role.</Problem>
      </>
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const before = missing(form);
    if (before.summary.length) return setProblems(before);
    const result = await schedule({
      input: {
        type: form.type as MeetingType,
        title: form.title.trim(),
        startsAt: new Date(form.startsAt).toISOString(),
        venue: form.venue?.trim() || null,
        chairUserId: form.chairUserId,
        invitedAgencyIds: form.invitedAgencyIds,
      },
    });
    if (result.error) return setProblems(relabel(problemsOf(result.error)));
    discard();
    navigate(`/meetings/${result.data!.scheduleMeeting.id}`);
  };

  return (
    <>
      <Link to="/meetings" className="govuk-back-link">
        Back to meetings
      </Link>
      <ErrorSummary problems={problems} />
      <h1 className="govuk-heading-l">Schedule a meeting</h1>
      {error && <Problem>{error.graphQLErrors[0]?.message ?? 'The chairs and agencies could not be loaded. Try again in a moment.'}</Problem>}
      {fetching && !data && <Loading />}
      {data && (
        <form onSubmit={submit} noValidate>
          <Select
            name="type"
            label="Type of meeting"
            problems={problems}
            value={form.type}
            onChange={set('type')}
            options={Object.entries(MEETING_TYPES).map(([value, label]) => ({ value, label }))}
          />
          <TextInput name="title" label="Name" hint='For example, "Northside MARAC, March"' problems={problems} value={form.title} onChange={set('title')} />
          <TextInput
            name="startsAt"
            label="Date and time"
            hint="When the meeting starts. A time in the past records a meeting already held."
            type="datetime-local"
            width="20"
            problems={problems}
            value={form.startsAt}
            onChange={set('startsAt')}
          />
          <TextInput
            name="venue"
            label="Venue (optional)"
            hint='Where it takes place, for example "Town Hall, Committee Room 2" or "Online (Teams)". Invitations say so.'
            problems={problems}
            value={form.venue ?? ''}
            onChange={set('venue')}
          />
          <Select
            name="chairUserId"
            label="Chair"
            problems={problems}
            value={form.chairUserId}
            onChange={set('chairUserId')}
            placeholder="Select the chair"
            options={data.users.nodes.map((user) => ({ value: user.id, label: `${user.displayName} (${user.agency.name})` }))}
          />
          <Checkboxes
            name="invitedAgencyIds"
            label="Agencies invited"
            hint="You can invite more agencies later from the meeting's page."
            problems={problems}
            values={form.invitedAgencyIds}
            onChange={set('invitedAgencyIds')}
            options={data.agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
          />
          <Button disabled={sent.fetching}>Schedule meeting</Button>
        </form>
      )}
    </>
  );
}
