import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDate, formatDateTime, Loading, Problem, Success, Table, Tag } from '../../components/display';
import { Button } from '../../components/forms';
import { MeetingResearchStatusDocument, type MeetingResearchStatusQuery, SendResearchReminderDocument } from '../../gql/graphql';
import { PageError } from './page-error';

type Status = MeetingResearchStatusQuery['meetingResearchStatus'];

const apologies = (sent: boolean | null | undefined) =>
  sent === true ? 'Sent apologies; information sent' : sent === false ? 'Sent apologies; no information' : '';

/** For the coordinator and chair: per case and per invited agency, who has researched, and reminders to those who have not. */
export function ResearchStatusPage() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }, refetch] = useQuery({ query: MeetingResearchStatusDocument, variables: { id }, requestPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  if (error && !data) return <PageError heading="Research status" error={error} refusal="Research status is for this meeting's chair and coordinators." />;
  if (!data) return fetching ? <Loading /> : null;
  const { meeting, meetingResearchStatus: status } = data;
  const names = new Map(status.agencies.map((a) => [a.agencyId, a.agencyName]));

  return (
    <>
      <Link to={`/meetings/${meeting.id}`} className="govuk-back-link">
        Back to the meeting
      </Link>
      <span className="govuk-caption-l">
        {meeting.title}, {formatDateTime(meeting.startsAt)}
      </span>
      <h1 className="govuk-heading-l">Research status</h1>
      {notice && (notice.ok ? <Success>{notice.text}</Success> : <Problem>{notice.text}</Problem>)}
      {status.cases.length ? (
        <Table
          caption="Research by case and agency"
          head={['Case', ...status.agencies.map((a) => a.agencyName)]}
          rows={status.cases.map((c) => [
            `${c.position}. ${c.familyName}`,
            ...c.agencies.map((cell) =>
              cell.researched ? (
                <>
                  <Tag colour="green">Researched</Tag> {cell.researcherName}, {formatDate(cell.researchedOn)}
                </>
              ) : (
                <Tag colour="yellow">Not researched</Tag>
              ),
            ),
          ])}
        />
      ) : (
        <p className="govuk-body">No cases are listed yet.</p>
      )}
      <AgencyTable
        status={status}
        meetingOpen={meeting.status === 'SCHEDULED'}
        meetingId={meeting.id}
        onSent={(text, ok) => {
          setNotice({ text, ok });
          if (ok) refetch({ requestPolicy: 'network-only' });
        }}
        names={names}
      />
    </>
  );
}

function AgencyTable({
  status,
  meetingOpen,
  meetingId,
  onSent,
  names,
}: {
  status: Status;
  meetingOpen: boolean;
  meetingId: string;
  onSent: (text: string, ok: boolean) => void;
  names: Map<string, string>;
}) {
  const [{ fetching }, send] = useMutation(SendResearchReminderDocument);
  const remind = async (agencyId: string) => {
    const result = await send({ input: { meetingId, agencyId } });
    if (result.error || !result.data) return onSent(result.error?.graphQLErrors[0]?.message ?? 'The reminder could not be sent. Try again in a moment.', false);
    const { recipients, outstandingCases } = result.data.sendResearchReminder;
    onSent(
      `Reminder sent to ${recipients} ${recipients === 1 ? 'person' : 'people'} at ${names.get(agencyId)}: ${outstandingCases} case${outstandingCases === 1 ? '' : 's'} to research.`,
      true,
    );
  };
  return (
    <Table
      caption="Agencies invited"
      head={['Agency', 'Cases researched', 'Still to research', 'Reminders sent', 'Apologies', '']}
      rows={status.agencies.map((a) => [
        a.agencyName,
        String(a.researched),
        String(a.outstanding),
        a.remindersSent ? `${a.remindersSent}, last ${formatDateTime(a.lastRemindedAt)}` : 'None',
        apologies(a.informationSent),
        meetingOpen && a.outstanding > 0 ? (
          <Button secondary type="button" disabled={fetching} onClick={() => remind(a.agencyId)}>
            Send reminder<span className="govuk-visually-hidden"> to {a.agencyName}</span>
          </Button>
        ) : (
          ''
        ),
      ])}
    />
  );
}
