import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, Loading, Problem, Table } from '../../components/display';
import { CoworkedFamiliesDocument, MyCoworkEntriesDocument } from '../../gql/graphql';
import { useSession } from '../../session/session';

/** A DVA specialist's families: those they co-work now, with their last co-work and follow-ups still open. */
export function CoworkedFamiliesPage() {
  const { session } = useSession();
  const [{ data, error, fetching }] = useQuery({ query: CoworkedFamiliesDocument });
  const me = session?.user.id ?? '';
  const [mine] = useQuery({ query: MyCoworkEntriesDocument, variables: { specialistUserId: me } });
  const entriesOf = (familyId: string) => (mine.data?.coworkEntries.nodes ?? []).filter((entry) => entry.familyId === familyId);
  const isSpecialist = !!session?.user.roles.includes('DVA_SPECIALIST');
  const families = (data?.families.nodes ?? [])
    .map((family) => ({ family, arrangement: family.coworkArrangements.find((a) => a.active && a.specialistUserId === me) }))
    .filter((row) => row.arrangement);
  return (
    <>
      <h1 className="govuk-heading-l">Families I co-work</h1>
      {!isSpecialist ? (
        <Problem title="Not available">Co-work is logged by DVA specialists; this screen is not available to your role.</Problem>
      ) : error ? (
        <Problem>{error.graphQLErrors[0]?.message ?? 'Your families could not be loaded. Try again in a moment.'}</Problem>
      ) : fetching && !data ? (
        <Loading />
      ) : families.length ? (
        <Table
          caption={`${families.length} ${families.length === 1 ? 'family' : 'families'}`}
          head={['Family', 'Co-work since', 'Your last co-work', 'Your follow-ups open']}
          rows={families.map(({ family, arrangement }) => {
            const entries = entriesOf(family.id);
            const last = [...entries].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn))[0];
            const open = entries.flatMap((entry) => entry.followUps).filter((followUp) => !followUp.doneOn).length;
            return [
              <Link className="govuk-link" to={`/cowork/${family.id}`}>
                {family.name}
              </Link>,
              formatDate(arrangement!.startedOn),
              last ? formatDate(last.occurredOn) : 'None logged yet',
              String(open),
            ];
          })}
        />
      ) : (
        <p className="govuk-body">No family is open to you for co-work. The family's case holder starts co-work with you.</p>
      )}
    </>
  );
}
