import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, formatDateTime, Loading, Problem, Table } from '../../components/display';
import { ProposalsWaitingDocument } from '../../gql/graphql';
import { codeOf } from '../../graphql/errors';
import { changeWords, signalName } from './episode-labels';

/** A manager's proposals waiting on them: their agency's families, oldest first, each with its risk check. */
export function ProposalsWaitingPage() {
  const [{ data, error }] = useQuery({ query: ProposalsWaitingDocument });
  if (error)
    return (
      <>
        <h1 className="govuk-heading-l">Proposals waiting</h1>
        <Problem title={codeOf(error) === 'FORBIDDEN' ? 'Not available to your role' : 'There is a problem'}>
          {codeOf(error) === 'FORBIDDEN'
            ? 'Closures and step downs wait on managers: approving them is not available to your role.'
            : (error.graphQLErrors[0]?.message ?? 'The proposals could not be loaded. Try again in a moment.')}
        </Problem>
      </>
    );
  if (!data) return <Loading />;
  const proposals = data.episodeChangeProposalsWaiting;
  return (
    <>
      <h1 className="govuk-heading-l">Proposals waiting</h1>
      <p className="govuk-body">
        Closures and step downs your agency&apos;s practitioners have proposed, oldest first. Read each risk check before you decide.
      </p>
      {proposals.length ? (
        <Table
          caption={`${proposals.length} waiting on you, oldest first`}
          head={['Proposed', 'Family and child', 'Change', 'Risk check', 'Action']}
          rows={proposals.map((p) => {
            const child = p.family.members.find((m) => m.person?.id === p.episode.childId)?.person;
            const childName = child ? `${child.givenName} ${child.familyName}` : 'a child';
            const signals = p.riskCheck.signals;
            return [
              <>
                {formatDateTime(p.proposedAt)}
                <br />
                <span className="govuk-hint">by {p.proposedBy?.displayName ?? 'a practitioner'}</span>
              </>,
              <>
                {p.family.name}
                <br />
                {childName}
              </>,
              `${changeWords(p.kind, p.toLevel)} from ${formatDate(p.occurredOn)}`,
              signals.length
                ? signals.map((s, i) => (
                    <div key={i}>
                      <strong>
                        {signalName(s.kind)} ({s.severity.toLowerCase()})
                      </strong>
                      <ul className="govuk-list govuk-list--bullet govuk-body-s govuk-!-margin-0">
                        {s.conditions.map((condition) => (
                          <li key={condition}>{condition.charAt(0).toUpperCase() + condition.slice(1)}</li>
                        ))}
                      </ul>
                    </div>
                  ))
                : 'Would raise no signal',
              <Link to={`/proposals/${p.id}`} className="govuk-link">
                Review<span className="govuk-visually-hidden"> the proposal for {childName}</span>
              </Link>,
            ];
          })}
        />
      ) : (
        <p className="govuk-body">No proposal is waiting on you.</p>
      )}
    </>
  );
}
