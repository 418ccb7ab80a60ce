import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, humanise, Loading, Problem, Table } from '../../components/display';
import { MyProgrammeReferralsDocument } from '../../gql/graphql';

const WORKING = ['ACCEPTED', 'ENGAGED', 'COMPLETED', 'DISENGAGED'];

/** On My work, for perpetrator workers: the people referred to their programme, each with a link to record sessions. */
export function ProgrammeReferralsSection() {
  const [{ data, error, fetching }] = useQuery({ query: MyProgrammeReferralsDocument });
  const referrals = (data?.referrals.nodes ?? []).filter((referral) => WORKING.includes(referral.status));
  return (
    <section aria-labelledby="programme-referrals">
      <h2 className="govuk-heading-m" id="programme-referrals">
        People on your programme
      </h2>
      {error && <Problem>{error.graphQLErrors[0]?.message ?? 'Your referrals could not be loaded. Try again in a moment.'}</Problem>}
      {fetching && !data && <Loading />}
      {data &&
        (referrals.length ? (
          <Table
            caption={`Accepted referrals (${referrals.length})`}
            captionSize="s"
            head={['Person', 'Programme', 'Referred', 'Status', '']}
            rows={referrals.map((referral) => [
              referral.subject ? `${referral.subject.givenName} ${referral.subject.familyName}` : 'Someone you may not see',
              referral.service.name,
              formatDate(referral.referredOn),
              humanise(referral.status),
              <Link className="govuk-link" to={`/referrals/${referral.id}/sessions`}>
                Sessions and view of risk
                <span className="govuk-visually-hidden"> for {referral.subject?.givenName ?? 'this person'}</span>
              </Link>,
            ])}
          />
        ) : (
          <p className="govuk-body">No accepted referrals to your programme.</p>
        ))}
    </section>
  );
}
