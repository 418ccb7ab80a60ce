import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, humanise, Loading, Problem, Table, Tag } from '../../components/display';
import { FamilyReferralsDocument } from '../../gql/graphql';
import { useIsCaseHolder } from '../practitioner/family-records-section';
import { nameOf, PersonNames } from './journey';

const STATUS_COLOUR = { DECLINED: 'red', WITHDRAWN: 'grey', DISENGAGED: 'red', COMPLETED: 'green', ENGAGED: 'green', ACCEPTED: 'blue' } as const;

const ACRONYMS = ['MARAC', 'IDVA', 'CAMHS', 'FGC', 'CSC', 'DVA'];
const serviceTypeName = (type: string) =>
  humanise(type)
    .toLowerCase()
    .split(' ')
    .map((word) => (ACRONYMS.includes(word.toUpperCase()) ? word.toUpperCase() : word))
    .join(' ');

/** Referrals of family members, newest first. */
export function ReferralsSection({ familyId, names }: { familyId: string; names: PersonNames }) {
  const [{ data, error, fetching }] = useQuery({ query: FamilyReferralsDocument, variables: { id: familyId } });
  const referrals = [...(data?.family.referrals ?? [])].reverse();
  const caseHolder = useIsCaseHolder();
  return (
    <section aria-labelledby="referrals">
      <h2 className="govuk-heading-l" id="referrals">
        Referrals
      </h2>
      {error && <Problem title="Referrals could not be shown">{error.graphQLErrors[0]?.message ?? 'Try again in a moment.'}</Problem>}
      {fetching && !data && <Loading />}
      {data &&
        (referrals.length ? (
          <Table
            caption={`Referrals (${referrals.length}), newest first`}
            captionSize="s"
            head={['Made', 'About', 'To', 'Status', 'Reason']}
            rows={referrals.map((referral) => [
              <Link className="govuk-link" to={`/families/${familyId}/referrals/${referral.id}`}>
                {formatDate(referral.referredOn)}
                <span className="govuk-visually-hidden">: referral to {referral.service.name}, its history</span>
              </Link>,
              nameOf(names, referral.subjectPersonId),
              `${referral.service.name} (${serviceTypeName(referral.service.type)})`,
              <Tag colour={STATUS_COLOUR[referral.status as keyof typeof STATUS_COLOUR]}>{humanise(referral.status)}</Tag>,
              referral.reason,
            ])}
          />
        ) : (
          <p className="govuk-body">No referrals you may see.</p>
        ))}
      {caseHolder && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/families/${familyId}/referrals/new`}>
            Make a referral
          </Link>
        </p>
      )}
    </section>
  );
}
