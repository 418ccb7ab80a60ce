import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, formatDateTime, Loading, Table, Tag } from '../../components/display';
import { MeetingResearchDocument } from '../../gql/graphql';
import { useSession } from '../../session/session';
import { PageError } from './page-error';

/** An invited agency's view of a MARAC's research: each case, and whether its own research is recorded. */
export function MeetingResearchPage() {
  const { id = '' } = useParams();
  const { session } = useSession();
  const [{ data, error, fetching }] = useQuery({ query: MeetingResearchDocument, variables: { id }, requestPolicy: 'cache-and-network' });
  if (error && !data) return <PageError heading="MARAC research" error={error} refusal="This meeting is not available to your role." />;
  if (!data) return fetching ? <Loading /> : null;
  const meeting = data.meeting;
  const agencyId = session?.user.agencyId;
  const invited = meeting.agencies.some((a) => a.agencyId === agencyId);

  return (
    <>
      <Link to={`/meetings/${meeting.id}`} className="govuk-back-link">
        Back to the meeting
      </Link>
      <span className="govuk-caption-l">MARAC research</span>
      <h1 className="govuk-heading-l">Research for {meeting.title}</h1>
      <p className="govuk-body">
        {formatDateTime(meeting.startsAt)}. For each case, record what your agency&apos;s records hold before the meeting: facts apart from opinion, and
        anything you decide not to share, with why.
      </p>
      {!invited && <p className="govuk-inset-text">Your agency is not invited to this meeting, so it does not record research for it.</p>}
      {meeting.status !== 'SCHEDULED' && <p className="govuk-inset-text">This meeting is {meeting.status.toLowerCase()}: research is closed.</p>}
      {meeting.agendaItems.length ? (
        <Table
          caption="Cases on the agenda"
          head={['Case', 'Your agency’s research', 'Other agencies', '']}
          rows={meeting.agendaItems.map((item) => {
            const own = item.research.find((r) => r.agencyId === agencyId);
            return [
              `${item.position}. ${item.familyName}`,
              own ? `Researched by ${own.researcher.displayName}, ${formatDate(own.researchedOn)}` : <Tag colour="yellow">Not researched</Tag>,
              String(item.research.filter((r) => r.agencyId !== agencyId).length),
              <Link to={`/meetings/${meeting.id}/research/${item.id}`} className="govuk-link">
                {invited && meeting.status === 'SCHEDULED' ? 'Research' : 'View'} case {item.position}
                <span className="govuk-visually-hidden">, {item.familyName}</span>
              </Link>,
            ];
          })}
        />
      ) : (
        <p className="govuk-body">No cases are listed yet.</p>
      )}
    </>
  );
}
