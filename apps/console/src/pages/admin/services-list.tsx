import { Link } from 'react-router';
import { useQuery } from 'urql';
import { humanise, Loading, Table, Tag } from '../../components/display';
import { AdminServicesDocument } from '../../gql/graphql';
import { ADMIN, RoleScreen } from './role-screen';

export const capacityWords = (capacity: number | null | undefined) =>
  capacity === null || capacity === undefined ? 'Not stated' : `${capacity} ${capacity === 1 ? 'place' : 'places'}`;

/** The catalogue of services referrals go to: eligibility, capacity, whether each still takes referrals. */
export function ServicesListPage() {
  const [{ data, error, fetching }] = useQuery({ query: AdminServicesDocument, requestPolicy: 'cache-and-network' });
  const agencyName = (id: string) => data?.agencies.find((agency) => agency.id === id)?.name ?? '';
  return (
    <RoleScreen title="Services" roles={ADMIN} error={error}>
      <Link to="/admin/services/new" role="button" draggable="false" className="govuk-button" data-module="govuk-button">
        Add a service
      </Link>
      {fetching && !data && <Loading />}
      {data && (
        <Table
          caption={`${data.services.length} services`}
          head={['Service', 'Agency', 'Type', 'Who it is for', 'Capacity', 'Status']}
          rows={data.services.map((service) => [
            <Link className="govuk-link" to={`/admin/services/${service.id}`}>
              {service.name}
            </Link>,
            agencyName(service.agencyId),
            humanise(service.type),
            service.eligibilityNotes ?? <span className="wm-not-shown">Not recorded</span>,
            capacityWords(service.capacity),
            service.active ? <Tag colour="green">Takes referrals</Tag> : <Tag colour="grey">Deactivated</Tag>,
          ])}
        />
      )}
    </RoleScreen>
  );
}
