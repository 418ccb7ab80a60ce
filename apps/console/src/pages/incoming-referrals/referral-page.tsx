import { ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, Guarded, humanise, Loading, Problem, SummaryList, Success, Table, Tag } from '../../components/display';
import { IncomingReferralDocument, type IncomingReferralDetailFragment } from '../../gql/graphql';
import { codeOf } from '../../graphql/errors';
import { useSession } from '../../session/session';
import { RecordOutcome } from './record-outcome';
import { RECEIVING_ROLES } from '../../navigation';
import { declineReasonLabel, serviceTypeName, statusColour } from './referral-labels';

export type IncomingReferral = IncomingReferralDetailFragment;

/**
 * One referral to my agency's service: who and why, the decision and outcome to record, and its dated
 * history. `sections` adds a service's own work below (a perpetrator programme's sessions, for one),
 * given the referral as loaded.
 */
export function IncomingReferralPage({ sections }: { sections?: (referral: IncomingReferral) => ReactNode }) {
  const { id = '' } = useParams();
  const { session } = useSession();
  const [{ data, error, fetching }] = useQuery({ query: IncomingReferralDocument, variables: { id } });
  const [recorded, setRecorded] = useState('');
  // The mutation answers with the referral as it now is: shown at once, until the refetched query catches up.
  const [updated, setUpdated] = useState<IncomingReferral | null>(null);
  if (error && !data) {
    return (
      <>
        <h1 className="govuk-heading-l">Referral</h1>
        {codeOf(error) === 'FORBIDDEN' ? (
          <Problem title="Not available">This referral is not available to your role.</Problem>
        ) : codeOf(error) === 'NOT_FOUND' ? (
          <Problem title="Referral not found">No referral you can see has this address.</Problem>
        ) : (
          <Problem>{error.graphQLErrors[0]?.message ?? 'The referral could not be loaded. Try again in a moment.'}</Problem>
        )}
      </>
    );
  }
  if (!data) return fetching ? <Loading /> : null;
  const loaded = data.referral;
  const referral = updated && updated.id === loaded.id && updated.statusHistory.length > loaded.statusHistory.length ? updated : loaded;
  const subject = referral.subject;
  const name = subject ? `${subject.givenName} ${subject.familyName}` : 'A person you may not see';
  const receives = session?.user.agencyId === referral.toAgencyId && session.user.roles.some((role) => RECEIVING_ROLES.includes(role));
  return (
    <>
      <Link to="/incoming-referrals" className="govuk-back-link">
        Back to incoming referrals
      </Link>
      {recorded && <Success>{recorded}</Success>}
      <span className="govuk-caption-l">
        Referral to {referral.service.name} ({serviceTypeName(referral.service.type)})
      </span>
      <h1 className="govuk-heading-l">{name}</h1>
      <SummaryList
        rows={[
          ['Status', <Tag colour={statusColour(referral.status)}>{humanise(referral.status)}</Tag>],
          ['Why referred', referral.reason],
          ['Referred by', referral.referredBy ? `${referral.referredBy.displayName} (${referral.referredBy.agency.name})` : 'Not shown to your role'],
          ['Referred on', formatDate(referral.submittedOn ?? referral.referredOn)],
          ['Consent', humanise(referral.consent)],
          ...(referral.lawfulBasis ? [['Shared without consent because', humanise(referral.lawfulBasis)] as [string, string]] : []),
          ['Days waiting for a decision', referral.daysWaiting === null || referral.daysWaiting === undefined ? 'Not submitted' : String(referral.daysWaiting)],
          ...(referral.declineReason
            ? [
                ['Declined because', `${declineReasonLabel(referral.declineReason)}${referral.declineCriterion ? `: ${referral.declineCriterion}` : ''}`] as [
                  string,
                  string,
                ],
              ]
            : []),
          [
            'First engaged',
            referral.firstEngagedOn ? `${formatDate(referral.firstEngagedOn)} (${referral.daysToFirstEngagement} days after referral)` : 'Not yet',
          ],
        ]}
      />
      {subject && (
        <>
          <h2 className="govuk-heading-m">About {subject.givenName}</h2>
          <SummaryList
            rows={[
              [
                'Date of birth',
                <Guarded record={subject} field="dateOfBirth">
                  {formatDate(subject.dateOfBirth)}
                </Guarded>,
              ],
              ['Gender', humanise(subject.gender)],
              [
                'First language',
                <Guarded record={subject} field="firstLanguage">
                  {subject.firstLanguage}
                </Guarded>,
              ],
              ['Interpreter needed', subject.interpreterNeeded ? 'Yes' : 'No'],
            ]}
          />
        </>
      )}
      {receives && (
        <RecordOutcome
          key={referral.status}
          referral={referral}
          onRecorded={(message, now) => {
            setRecorded(message);
            setUpdated(now);
          }}
        />
      )}
      <History referral={referral} />
      {sections?.(referral)}
    </>
  );
}

function History({ referral }: { referral: IncomingReferral }) {
  return (
    <Table
      caption="History, oldest first"
      head={['Date', 'Change', 'By', 'Note']}
      rows={referral.statusHistory.map((change) => [
        formatDate(change.occurredOn),
        <>
          {change.fromStatus
            ? `${humanise(change.fromStatus)} to ${humanise(change.toStatus).toLowerCase()}`
            : `Made as ${humanise(change.toStatus).toLowerCase()}`}
          {change.declineReason && (
            <span className="govuk-hint govuk-!-display-block govuk-!-margin-0">
              {declineReasonLabel(change.declineReason)}
              {change.declineCriterion ? `: ${change.declineCriterion}` : ''}
            </span>
          )}
        </>,
        change.by?.displayName ?? '',
        change.note ?? '',
      ])}
    />
  );
}
