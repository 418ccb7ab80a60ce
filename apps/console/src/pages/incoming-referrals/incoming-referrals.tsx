import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, humanise, Loading, Problem, Table, Tag } from '../../components/display';
import { IncomingReferralsDocument, type IncomingReferralsQuery } from '../../gql/graphql';
import { refusedToRole } from '../meetings/meeting-labels';
import { serviceTypeName, statusColour } from './referral-labels';

type Referral = IncomingReferralsQuery['referrals']['nodes'][number];

const personOf = (referral: Referral) => (referral.subject ? `${referral.subject.givenName} ${referral.subject.familyName}` : 'A person you may not see');

/** Referrals to my agency's services: those waiting for a decision (longest waiting first), those in progress, those finished. */
export function IncomingReferralsPage() {
  const [{ data, error, fetching }] = useQuery({ query: IncomingReferralsDocument });
  const referrals = data?.referrals.nodes ?? [];
  const waiting = referrals.filter((r) => r.status === 'SUBMITTED').sort((a, b) => (b.daysWaiting ?? 0) - (a.daysWaiting ?? 0));
  const inProgress = referrals.filter((r) => r.status === 'ACCEPTED' || r.status === 'ENGAGED').sort((a, b) => b.daysSinceLastChange - a.daysSinceLastChange);
  const finished = referrals.filter((r) => !['SUBMITTED', 'ACCEPTED', 'ENGAGED'].includes(r.status));
  return (
    <>
      <h1 className="govuk-heading-l">Incoming referrals</h1>
      {refusedToRole(error) ? (
        <Problem title="Not available">Incoming referrals are not available to your role.</Problem>
      ) : error ? (
        <Problem>{error.graphQLErrors[0]?.message ?? 'The referrals could not be loaded. Try again in a moment.'}</Problem>
      ) : null}
      {fetching && !data && <Loading />}
      {data && (
        <>
          <p className="govuk-body">Referrals to your agency's services. Record each decision and outcome, so the referrer hears back.</p>
          <ReferralTable
            caption={`Waiting for a decision (${waiting.length})`}
            referrals={waiting}
            empty="No referral is waiting for a decision."
            age={['Waiting', (r) => `${r.daysWaiting ?? 0} days`]}
          />
          <ReferralTable
            caption={`Accepted or engaged (${inProgress.length})`}
            referrals={inProgress}
            empty="No referral is in progress."
            age={['Last change', (r) => `${formatDate(r.lastChangedOn)} (${r.daysSinceLastChange} days ago)`]}
          />
          <ReferralTable
            caption={`Finished (${finished.length})`}
            referrals={finished}
            empty="No finished referrals."
            age={['Finished', (r) => formatDate(r.lastChangedOn)]}
          />
        </>
      )}
    </>
  );
}

function ReferralTable({
  caption,
  referrals,
  empty,
  age,
}: {
  caption: string;
  referrals: Referral[];
  empty: string;
  age: [string, (referral: Referral) => string];
}) {
  if (!referrals.length)
    return (
      <>
        <h2 className="govuk-heading-m">{caption}</h2>
        <p className="govuk-body">{empty}</p>
      </>
    );
  return (
    <Table
      caption={caption}
      head={['Person', 'Service', 'Referred', 'Status', age[0]]}
      rows={referrals.map((referral) => [
        <Link className="govuk-link" to={`/incoming-referrals/${referral.id}`}>
          {personOf(referral)}
          <span className="govuk-visually-hidden">, referred to {referral.service.name}</span>
        </Link>,
        `${referral.service.name} (${serviceTypeName(referral.service.type)})`,
        formatDate(referral.submittedOn ?? referral.referredOn),
        <Tag colour={statusColour(referral.status)}>{humanise(referral.status)}</Tag>,
        age[1](referral),
      ])}
    />
  );
}
