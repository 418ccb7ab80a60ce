import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, humanise, Loading, Problem, Tag } from '../../components/display';
import { FamilyRiskSignalsDocument } from '../../gql/graphql';
import { useIsCaseHolder } from '../practitioner/family-records-section';

const SEVERITY_COLOUR = { HIGH: 'red', MEDIUM: 'yellow', LOW: 'grey' } as const;

/** Open and acknowledged risk signals: the patterns no single agency sees, most severe first. */
export function SignalsSection({ familyId }: { familyId: string }) {
  const [{ data, error, fetching }] = useQuery({ query: FamilyRiskSignalsDocument, variables: { familyId } });
  const signals = data?.riskSignals.nodes ?? [];
  const caseHolder = useIsCaseHolder();
  const postSeparation = signals.some((signal) => signal.kind === 'POST_SEPARATION_CLOSURE');
  return (
    <section aria-labelledby="signals">
      <h2 className="govuk-heading-l" id="signals">
        Risk signals
      </h2>
      {error && <Problem title="Risk signals could not be shown">{error.graphQLErrors[0]?.message ?? 'Try again in a moment.'}</Problem>}
      {fetching && !data && <Loading />}
      {data &&
        (signals.length ? (
          <ul className="govuk-list">
            {signals.map((signal) => (
              <li key={signal.id} className="govuk-inset-text govuk-!-margin-top-0">
                <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                  {humanise(signal.kind)} <Tag colour={SEVERITY_COLOUR[signal.severity]}>{humanise(signal.severity)}</Tag>{' '}
                  {signal.state === 'ACKNOWLEDGED' && <Tag colour="blue">Acknowledged</Tag>}
                </h3>
                <p className="govuk-body govuk-!-margin-bottom-1">{signal.explanation}</p>
                <p className="govuk-hint govuk-!-margin-0">
                  First raised {formatDate(signal.firstRaisedAt)}
                  {signal.acknowledgement && `. Acknowledged ${formatDate(signal.acknowledgement.at)}: ${signal.acknowledgement.note}`}
                </p>
                {caseHolder && signal.state === 'OPEN' && (
                  <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                    <Link className="govuk-link" to={`/families/${familyId}/signals/${signal.id}/acknowledge`}>
                      Acknowledge<span className="govuk-visually-hidden"> the {humanise(signal.kind).toLowerCase()} signal</span>
                    </Link>
                  </p>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">No open risk signals.</p>
        ))}
      {caseHolder && postSeparation && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/families/${familyId}/post-separation-reviews/new`}>
            Record a post-separation review
          </Link>
        </p>
      )}
    </section>
  );
}
