import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/forms';
import { useQuery } from 'urql';
import { formatDate, Loading, Table } from '../../components/display';
import { ManageAllocationOptionsDocument, ManageFamiliesDocument } from '../../gql/graphql';
import { useSession } from '../../session/session';
import { MANAGER, RoleScreen } from '../admin/role-screen';
import { allocationWords, currentAllocations } from './allocation-labels';

/** A page of the families query (its cost stays under the API's limit with each family's allocations). */
const PAGE = 25;

/** A manager's agency's families, who holds each, and the way to allocate one. */
export function AllocationPage() {
  const session = useSession();
  const agencyId = session.session?.user.agencyId ?? '';
  const [cursors, setCursors] = useState<string[]>([]);
  const [{ data, error }] = useQuery({
    query: ManageFamiliesDocument,
    variables: { after: cursors[cursors.length - 1] },
    requestPolicy: 'cache-and-network',
  });
  const [{ data: options, error: optionsError }] = useQuery({ query: ManageAllocationOptionsDocument, variables: { agencyId }, pause: !agencyId });
  const families = (data?.families.nodes ?? []).filter((family) => family.agencyId === agencyId);
  const users = options?.users.nodes ?? [];
  const teams = options?.teams ?? [];
  return (
    <RoleScreen title="Allocation of families" roles={MANAGER} error={error ?? optionsError}>
      {(!data || !options) && !error && !optionsError && <Loading />}
      {data && options && (
        <Table
          caption={`Families your agency leads, newest first: ${cursors.length * PAGE + 1} to ${cursors.length * PAGE + families.length}`}
          head={['Family', 'Allocated to', 'Since', '']}
          rows={families.map((family) => {
            const current = currentAllocations(family.allocations);
            return [
              <Link className="govuk-link" to={`/families/${family.id}`}>
                {family.name}
              </Link>,
              current.length ? current.map((a) => allocationWords(a, users, teams)).join('; ') : 'Not allocated',
              formatDate(current[0]?.startedOn),
              <Link className="govuk-link" to={`/manage/families/${family.id}/allocate`}>
                Allocate<span className="govuk-visually-hidden"> the {family.name}</span>
              </Link>,
            ];
          })}
        />
      )}
      <div className="govuk-button-group">
        {cursors.length > 0 && (
          <Button type="button" secondary onClick={() => setCursors(cursors.slice(0, -1))}>
            Previous page
          </Button>
        )}
        {data?.families.pageInfo.hasNextPage && data.families.pageInfo.endCursor && (
          <Button type="button" secondary onClick={() => setCursors([...cursors, data.families.pageInfo.endCursor!])}>
            Next page
          </Button>
        )}
      </div>
    </RoleScreen>
  );
}
