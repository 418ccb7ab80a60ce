import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDateTime, Guarded, Loading, Table, Tag } from '../../components/display';
import { AdminUsersDocument } from '../../gql/graphql';
import { ROLE_LABELS } from './problems';
import { ADMIN, RoleScreen } from './role-screen';

/** Every account: who they are, their agency and roles, whether they can sign in. */
export function UsersListPage() {
  const [{ data, error, fetching }] = useQuery({ query: AdminUsersDocument, requestPolicy: 'cache-and-network' });
  const users = data?.users.nodes ?? [];
  return (
    <RoleScreen title="Users" roles={ADMIN} error={error}>
      <Link to="/admin/users/new" role="button" draggable="false" className="govuk-button" data-module="govuk-button">
        Create a user
      </Link>
      {fetching && !data && <Loading />}
      {data && (
        <Table
          caption={`${users.length} ${users.length === 1 ? 'account' : 'accounts'}${data.users.pageInfo.hasNextPage ? ' (the first 100)' : ''}`}
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
    </RoleScreen>
  );
}
