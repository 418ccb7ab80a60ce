import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/forms';
import { useQuery } from 'urql';
import { formatDateTime, Guarded, Loading, Table, Tag } from '../../components/display';
import { AdminUsersDocument } from '../../gql/graphql';
import { ROLE_LABELS } from './problems';
import { ADMIN, RoleScreen } from './role-screen';

const PAGE = 50;

/** Every account, a page at a time: who they are, their agency and roles, whether they can sign in. */
export function UsersListPage() {
  const [cursors, setCursors] = useState<string[]>([]);
  const [{ data, error, fetching }] = useQuery({
    query: AdminUsersDocument,
    variables: { after: cursors[cursors.length - 1] },
    requestPolicy: 'cache-and-network',
  });
  const users = data?.users.nodes ?? [];
  return (
    <RoleScreen title="Users" roles={ADMIN} error={error}>
      <Link to="/admin/users/new" role="button" draggable="false" className="govuk-button" data-module="govuk-button">
        Create a user
      </Link>
      {fetching && !data && <Loading />}
      {data && (
        <Table
          caption={`Accounts by name: ${cursors.length * PAGE + 1} to ${cursors.length * PAGE + users.length}`}
          head={['Name', 'Email', 'Agency', 'Roles', 'Status', 'Last signed in']}
          rows={users.map((user) => [
            <Link className="govuk-link" to={`/admin/users/${user.id}`}>
              {user.displayName}
            </Link>,
            <Guarded record={user} field="email">
              {user.email}
            </Guarded>,
            user.agency.name,
            user.roles.map((role) => ROLE_LABELS[role] ?? role).join(', '),
            user.active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Deactivated</Tag>,
            <Guarded record={user} field="lastSignInAt" empty="Never">
              {formatDateTime(user.lastSignInAt)}
            </Guarded>,
          ])}
        />
      )}
      <div className="govuk-button-group">
        {cursors.length > 0 && (
          <Button type="button" secondary onClick={() => setCursors(cursors.slice(0, -1))}>
            Previous page
          </Button>
        )}
        {data?.users.pageInfo.hasNextPage && data.users.pageInfo.endCursor && (
          <Button type="button" secondary onClick={() => setCursors([...cursors, data.users.pageInfo.endCursor!])}>
            Next page
          </Button>
        )}
      </div>
    </RoleScreen>
  );
}
