import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, Loading, Problem, Table, Tag } from '../../components/display';
import { MyFamiliesDocument, MyFamiliesSignalsDocument } from '../../gql/graphql';
import { codeOf } from '../../graphql/errors';

type Counts = { open: number; high: number };

/** The case holder's own caseload: families allocated to them or their team, with their open signals. */
export function MyFamiliesPage() {
  const [{ data, error, fetching }] = useQuery({ query: MyFamiliesDocument });
  const [signals] = useQuery({ query: MyFamiliesSignalsDocument });

  if (error) {
    return (
      <>
        <h1 className="govuk-heading-l">My families</h1>
        <Problem title={codeOf(error) === 'FORBIDDEN' ? 'My families is not available to your role' : 'There is a problem'}>
          {codeOf(error) === 'FORBIDDEN'
            ? 'This list is for case practitioners: the families allocated to them or their team.'
            : (error.graphQLErrors[0]?.message ?? 'Your families could not be loaded. Try again in a moment.')}
        </Problem>
      </>
    );
  }
  if (fetching && !data) return <Loading />;
  if (!data) return <Loading />;

  const counts = new Map<string, Counts>();
  for (const signal of signals.data?.riskSignals.nodes ?? []) {
    if (signal.state !== 'OPEN') continue;
    const count = counts.get(signal.family.id) ?? { open: 0, high: 0 };
    count.open += 1;
    if (signal.severity === 'HIGH') count.high += 1;
    counts.set(signal.family.id, count);
  }
  const me = data.me;
  const families = data.families.nodes;
  const allocationOf = (family: (typeof families)[number]) =>
    family.allocations.find((a) => !a.endedOn && a.userId === me.id) ?? family.allocations.find((a) => !a.endedOn && me.teamId && a.teamId === me.teamId);

  return (
    <>
      <h1 className="govuk-heading-l">My families</h1>
      <p className="govuk-body">
        The families allocated to you or your team, newest first. Open a family to record what has happened and to follow up its signals.
      </p>
      {data.families.pageInfo.hasNextPage && (
        <p className="govuk-inset-text">These are the newest 40. Find an older family by a member&apos;s name from Find a person or family.</p>
      )}
      {families.length ? (
        <Table
          caption={`Families (${families.length})`}
          head={['Family', 'Allocated to', 'Since', 'Open risk signals']}
          rows={families.map((family) => {
            const allocation = allocationOf(family);
            const count = counts.get(family.id);
            return [
              <Link className="govuk-link" to={`/families/${family.id}`}>
                {family.name}
              </Link>,
              allocation?.userId === me.id ? 'You' : 'Your team',
              formatDate(allocation?.startedOn),
              signals.error ? (
                <span className="wm-not-shown">Not shown to your role</span>
              ) : count ? (
                <>
                  {count.open} {count.high > 0 && <Tag colour="red">{count.high} high</Tag>}
                </>
              ) : (
                'None'
              ),
            ];
          })}
        />
      ) : (
        <p className="govuk-body">No families are allocated to you or your team. A manager allocates families; a family you open is allocated to you.</p>
      )}
    </>
  );
}
