import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, humanise, Loading, NOT_SHOWN, SummaryList, Tag } from '../../components/display';
import { MaracReferralDocument } from '../../gql/graphql';
import { fullName } from './dash-questions';
import { CRITERION_LABELS } from './marac-referral';
import { ScreenUnavailable } from '../../components/unavailable';

/** The confirmation after a MARAC referral is submitted, read back from the API. */
export function MaracReferralSentPage() {
  const { familyId = '', referralId = '' } = useParams();
  const [{ data, error, fetching }] = useQuery({ query: MaracReferralDocument, variables: { id: referralId } });
  if (fetching && !data) return <Loading />;
  if (error || !data) return <ScreenUnavailable heading="MARAC referral" what="This referral" error={error} />;
  const referral = data.referral;
  const submitted = referral.status === 'SUBMITTED';
  return (
    <>
      <div className="govuk-panel govuk-panel--confirmation">
        <h1 className="govuk-panel__title">{submitted ? 'MARAC referral submitted' : `MARAC referral ${humanise(referral.status).toLowerCase()}`}</h1>
        <div className="govuk-panel__body">{referral.service.name} has received it</div>
      </div>
      <SummaryList
        rows={[
          ['Adult victim', referral.subject ? fullName(referral.subject) : <span className="wm-not-shown">{NOT_SHOWN}</span>],
          ['Status', <Tag colour={submitted ? 'blue' : undefined}>{humanise(referral.status)}</Tag>],
          ['Submitted on', formatDate(referral.submittedOn)],
          ['Criteria met', referral.maracCriteria.length ? referral.maracCriteria.map((c) => CRITERION_LABELS[c] ?? humanise(c)).join(', ') : 'None'],
          ['Repeat MARAC', referral.isRepeatMarac ? 'Yes' : 'No'],
          ['Consent', humanise(referral.consent)],
          ...(referral.lawfulBasis ? ([['Lawful basis', humanise(referral.lawfulBasis)]] as Array<[string, string]>) : []),
        ]}
      />
      <h2 className="govuk-heading-m">What happens next</h2>
      <p className="govuk-body">
        The MARAC coordinator will see the referral with the DASH score and judgement (not the answers) and decide whether to list the case at the next MARAC.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/families/${familyId}`}>
          Back to the family
        </Link>
      </p>
    </>
  );
}
