import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDateTime, Loading, Problem, Table, Tag, humanise } from '../../components/display';
import { MeetingListDocument, type MeetingListQuery } from '../../gql/graphql';
import { useSession } from '../../session/session';
import { MEETING_TYPES, refusedToRole, STATUS_COLOURS } from './meeting-labels';

type Meeting = MeetingListQuery['meetings']['nodes'][number];

/** Meetings the user may see (the API decides): upcoming soonest first, then past ones, latest first. */
export function MeetingsListPage() {
  const { session } = useSession();
  const [{ data, error, fetching }] = useQuery({ query: MeetingListDocument });
  const canSchedule = session?.user.roles.includes('MARAC_COORDINATOR');
  const now = Date.now();
  const meetings = data?.meetings.nodes ?? [];
  const upcoming = meetings.filter((m) => Date.parse(m.startsAt) >= now).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = meetings.filter((m) => Date.parse(m.startsAt) < now).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return (
    <>
      <h1 className="govuk-heading-l">Meetings</h1>
      {refusedToRole(error) ? (
        <Problem title="Not available">Meetings are not available to your role.</Problem>
      ) : error ? (
        <Problem>{error.graphQLErrors[0]?.message ?? 'Meetings could not be loaded. Try again in a moment.'}</Problem>
      ) : null}
      {canSchedule && (
        <Link to="/meetings/new" className="govuk-button" role="button" draggable="false">
          Schedule a meeting
        </Link>
      )}
      {fetching && !data && <Loading />}
      {data && (
        <>
          <MeetingTable caption="Upcoming meetings" meetings={upcoming} empty="No meetings are scheduled." />
          <MeetingTable caption="Past meetings" meetings={past} empty="No past meetings." />
        </>
      )}
    </>
  );
}

function MeetingTable({ caption, meetings, empty }: { caption: string; meetings: Meeting[]; empty: string }) {
  if (!meetings.length)
    return (
      <>
        <h2 className="govuk-heading-m">{caption}</h2>
        <p className="govuk-body">{empty}</p>
      </>
    );
  return (
    <Table
      caption={caption}
      head={['Date', 'Meeting', 'Type', 'Organised by', 'Status', 'Cases']}
      rows={meetings.map((meeting) => [
        formatDateTime(meeting.startsAt),
        <Link className="govuk-link" to={`/meetings/${meeting.id}`}>
          {meeting.title}
        </Link>,
        MEETING_TYPES[meeting.type] ?? humanise(meeting.type),
        meeting.organisingAgency.name,
        // A past meeting still SCHEDULED has not had its outcome recorded: say so, it needs doing.
        meeting.status === 'SCHEDULED' && Date.parse(meeting.startsAt) < Date.now() ? (
          <Tag colour="yellow">Not recorded as held</Tag>
        ) : (
          <Tag colour={STATUS_COLOURS[meeting.status]}>{humanise(meeting.status)}</Tag>
        ),
        String(meeting.agendaItems.length),
      ])}
    />
  );
}
