import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Loading, Table } from '../../components/display';
import { ManageAllocationOptionsDocument, ManageFamiliesDocument } from '../../gql/graphql';
import { useSession } from '../../session/session';
import { MANAGER, RoleScreen } from '../admin/role-screen';
import { allocationWords, currentAllocations } from './allocation-labels';

/** A manager's agency's families, who holds each, and the way to allocate one. */
export function AllocationPage() {
  const session = useSession();
  const agencyId = session.session?.user.agencyId ?? '';
  const [{ data, error, fetching }] = useQuery({ query: ManageFamiliesDocument, requestPolicy: 'cache-and-network' });
  const [{ data: options }] = useQuery({ query: ManageAllocationOptionsDocument, variables: { agencyId }, pause: !agencyId });
  const families = (data?.families.nodes ?? []).filter((family) => family.agencyId === agencyId);
  const users = options?.users.nodes ?? [];
  const teams = options?.teams ?? [];
  return (
    <RoleScreen title="Allocation of families" roles={MANAGER} error={error}>
      {fetching && !data && <Loading />}
      {data && (
        <Table
          caption={`${families.length} ${families.length === 1 ? 'family' : 'families'} your agency leads${data.families.pageInfo.hasNextPage ? ' (the latest 100)' : ''}`}
          head={['Family', 'Allocated to', 'Since', '']}
          rows={families.map((family) => {
            const current = currentAllocations(family.allocations);
            return [
              <Link className="govuk-link" to={`/families/${family.id}`}>
                {family.name}
              </Link>,
              current.length ? current.map((a) => allocationWords(a, users, teams)).join('; ') : 'Not allocated',
              current[0]?.startedOn ?? '',
              <Link className="govuk-link" to={`/manage/families/${family.id}/allocate`}>
                Allocate<span className="govuk-visually-hidden"> the {family.name}</span>
              </Link>,
            ];
          })}
        />
      )}
    </RoleScreen>
  );
}
