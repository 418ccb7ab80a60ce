import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, humanise, Table } from '../../components/display';
import { MeetingType, ParticipationItemsDocument, ParticipationOutcome, ScopeRole } from '../../gql/graphql';
import { MEETING_TYPES } from '../meetings/meeting-labels';
import { ReportLayout } from './report-layout';
import { useReportPeriod } from './report-period';
import { MEMBERS, OUTCOMES } from './participation-report';

/** The agenda items behind one figure of the participation audit, each opening its meeting and family (as the reader may). */
export function ParticipationItemsPage() {
  const period = useReportPeriod();
  const [params] = useSearchParams();
  const meetingType = (params.get('meetingType') || undefined) as MeetingType | undefined;
  const scopeRole = (params.get('scopeRole') || undefined) as ScopeRole | undefined;
  const outcome = (params.get('outcome') || undefined) as ParticipationOutcome | undefined;
  const tookPart = params.get('tookPart') === 'true' || undefined;
  const [{ data, error, fetching }] = useQuery({
    query: ParticipationItemsDocument,
    variables: { filters: { period: { from: period.from, to: period.to }, meetingType }, scopeRole, outcome, tookPart },
  });
  const member = MEMBERS.find((m) => m.scopeRole === scopeRole)?.label ?? 'Any family member';
  const what = OUTCOMES.find((o) => o.key === (tookPart ? 'TOOK_PART' : outcome))?.label.toLowerCase() ?? 'in scope';
  const items = data?.participationAuditItems ?? [];
  return (
    <ReportLayout title="Agenda items behind the figure" error={error} fetching={fetching && !data} periodless>
      <p className="govuk-body">
        {meetingType ? (MEETING_TYPES[meetingType] ?? humanise(meetingType)) : 'Every meeting type'}, {formatDate(period.from)} to {formatDate(period.to)}:{' '}
        {member.toLowerCase()} {what}. An item is listed when at least one such person in scope had this outcome.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/reports/participation?${period.query}`}>
          Back to the participation audit
        </Link>
      </p>
      {data && (
        <Table
          caption={`${items.length} agenda ${items.length === 1 ? 'item' : 'items'}${items.length === 500 ? ' (the first 500)' : ''}`}
          head={['Held on', 'Meeting', 'Family']}
          rows={items.map((item) => [
            formatDate(item.heldOn),
            <Link className="govuk-link" to={`/meetings/${item.meetingId}`}>
              {MEETING_TYPES[item.meetingType] ?? humanise(item.meetingType)}
              <span className="govuk-visually-hidden"> on {formatDate(item.heldOn)}</span>
            </Link>,
            <Link className="govuk-link" to={`/families/${item.familyId}`}>
              {item.familyName}
            </Link>,
          ])}
        />
      )}
    </ReportLayout>
  );
}
