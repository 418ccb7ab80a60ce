import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, formatDateTime, Guarded, humanise, Loading, Problem, Table, Tag } from '../components/display';
import { MyWorkDocument } from '../gql/graphql';
import { useSession } from '../session/session';
import { ProgrammeReferralsSection } from './programme/programme-referrals';

/** The first screen after signing in: my actions (overdue first) and my notifications. */
export function MyWorkPage() {
  const { session } = useSession();
  const [{ data, error, fetching }] = useQuery({ query: MyWorkDocument, variables: { status: 'OPEN' } });
  const actions = [...(data?.myActions.nodes ?? [])].sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueOn.localeCompare(b.dueOn));
  return (
    <>
      <h1 className="govuk-heading-l">My work</h1>
      <p className="govuk-body">Signed in as {session?.user.displayName}.</p>
      {error && <Problem>{error.graphQLErrors[0]?.message ?? 'Your work could not be loaded. Try again in a moment.'}</Problem>}
      {fetching && !data && <Loading />}
      {data && (
        <>
          {actions.length ? (
            <Table
              caption={`My open actions (${actions.length})`}
              head={['Due', 'Action', 'About', 'Agency', 'Meeting']}
              rows={actions.map((action) => [
                <>
                  {formatDate(action.dueOn)} {action.overdue && <Tag colour="red">Overdue</Tag>}
                </>,
                <Guarded record={action} field="description">
                  {action.description}
                </Guarded>,
                action.subject ? `${action.subject.givenName} ${action.subject.familyName}` : '',
                action.owningAgency.name,
                <Link className="govuk-link" to={`/meetings/${action.meetingId}`}>
                  Open meeting
                </Link>,
              ])}
            />
          ) : (
            <p className="govuk-body">You have no open actions.</p>
          )}
          <h2 className="govuk-heading-m">Notifications</h2>
          {data.myNotifications.nodes.length ? (
            <ul className="govuk-list">
              {data.myNotifications.nodes.map((notification) => (
                <li key={notification.id} className="govuk-!-margin-bottom-4">
                  <p className="govuk-body govuk-!-margin-bottom-1">
                    <strong>{notification.title}</strong> {!notification.readAt && <Tag colour="blue">New</Tag>}
                  </p>
                  <p className="govuk-body govuk-!-margin-bottom-1">{notification.body}</p>
                  <p className="govuk-hint govuk-!-margin-0">
                    {humanise(notification.kind)}, {formatDateTime(notification.createdAt)}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="govuk-body">No notifications.</p>
          )}
        </>
      )}
      {session?.user.roles.includes('PERPETRATOR_WORKER') && <ProgrammeReferralsSection />}
    </>
  );
}
