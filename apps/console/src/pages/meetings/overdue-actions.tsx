import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, Guarded, Loading, Problem, Table } from '../../components/display';
import { OverdueActionsToChaseDocument } from '../../gql/graphql';
import { daysSince, refusedToRole } from './meeting-labels';
import { ownerOf } from './previous-actions';

/** Open actions past their due date that the user may see, most overdue first: who to chase. */
export function OverdueActionsPage() {
  const [{ data, error, fetching }] = useQuery({ query: OverdueActionsToChaseDocument });
  const actions = data?.overdueActions.nodes ?? [];
  return (
    <>
      <h1 className="govuk-heading-l">Overdue actions to chase</h1>
      {refusedToRole(error) ? (
        <Problem title="Not available">Overdue actions are not available to your role.</Problem>
      ) : error ? (
        <Problem>{error.graphQLErrors[0]?.message ?? 'The overdue actions could not be loaded. Try again in a moment.'}</Problem>
      ) : null}
      {fetching && !data && <Loading />}
      {data &&
        (actions.length ? (
          <Table
            caption={`${actions.length} overdue ${actions.length === 1 ? 'action' : 'actions'}`}
            head={['Action', 'Owner agency', 'Owner', 'Due', 'Days overdue', 'Chased', 'Meeting']}
            rows={actions.map((action) => [
              <>
                <Guarded record={action} field="description">
                  {action.description}
                </Guarded>
                {action.subject && (
                  <span className="govuk-hint govuk-!-display-block govuk-!-margin-0">For {`${action.subject.givenName} ${action.subject.familyName}`}</span>
                )}
              </>,
              action.owningAgency.name,
              ownerOf(action),
              formatDate(action.dueOn),
              String(daysSince(action.dueOn)),
              action.chaseCount
                ? `${action.chaseCount} ${action.chaseCount === 1 ? 'time' : 'times'}${action.lastChasedOn ? `, last ${formatDate(action.lastChasedOn)}` : ''}`
                : 'Not yet',
              <Link className="govuk-link" to={`/meetings/${action.meetingId}`}>
                Open meeting<span className="govuk-visually-hidden"> for this action</span>
              </Link>,
            ])}
          />
        ) : (
          <p className="govuk-body">No actions you can see are overdue.</p>
        ))}
    </>
  );
}
