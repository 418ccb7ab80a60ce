import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, humanise, Loading, Problem, Success, Tag } from '../../components/display';
import { RiskSignalAge, RiskSignalKind, SignalsOverviewDocument, SignalsWorklistDocument } from '../../gql/graphql';
import { codeOf } from '../../graphql/errors';
import { AcknowledgeSignal } from './acknowledge-signal';
import { ageLabel, AGE_BANDS } from './signals-overview-chart';
import { SignalsOverviewChart } from './signals-overview-chart';

const SEVERITY_COLOUR = { HIGH: 'red', MEDIUM: 'yellow', LOW: 'grey' } as const;

/**
 * The manager's signals worklist: open and acknowledged signals on the agency's families, most
 * serious first, each acknowledged in place; above it, the overview chart whose every figure opens
 * the list behind it (?kind=…&age=…).
 */
export function SignalsPage() {
  const [params] = useSearchParams();
  const kind = params.get('kind') as RiskSignalKind | null;
  const age = AGE_BANDS.some((band) => band.key === params.get('age')) ? (params.get('age') as RiskSignalAge) : null;
  const [after, setAfter] = useState<string[]>([]);
  // Following a chart figure changes the filter: start again from its first page.
  const [pagedFor, setPagedFor] = useState(params.toString());
  if (pagedFor !== params.toString()) {
    setPagedFor(params.toString());
    setAfter([]);
  }
  const [acknowledging, setAcknowledging] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const filter = { ...(kind ? { kinds: [kind] } : {}), ...(age ? { firstRaised: age } : {}) };
  const [overview] = useQuery({ query: SignalsOverviewDocument });
  const [first, refetch] = useQuery({ query: SignalsWorklistDocument, variables: { filter } });
  const filtered = kind || age;
  const title = filtered
    ? `Risk signals: ${[kind ? humanise(kind) : 'every kind', age ? `first raised ${ageLabel(age)}` : ''].filter(Boolean).join(', ')}`
    : 'Risk signals';

  if (codeOf(first.error) === 'FORBIDDEN')
    return (
      <>
        <h1 className="govuk-heading-l">Risk signals</h1>
        <Problem title="Not available">The risk signals worklist is not available to your role.</Problem>
      </>
    );
  const acknowledged = () => {
    setDone(acknowledging);
    setAcknowledging(null);
    refetch({ requestPolicy: 'network-only' });
  };
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      {done && <Success>Signal acknowledged. It stays on the worklist until it resolves.</Success>}
      {filtered ? (
        <p className="govuk-body">
          <Link className="govuk-link" to="/signals">
            Show every open signal
          </Link>
        </p>
      ) : (
        <>
          <h2 className="govuk-heading-m">Overview</h2>
          {overview.error && <Problem title="The overview could not be shown">{overview.error.graphQLErrors[0]?.message ?? 'Try again in a moment.'}</Problem>}
          {overview.data ? <SignalsOverviewChart overview={overview.data.signalsOverview} linked /> : overview.fetching && <Loading />}
          <h2 className="govuk-heading-m">Worklist, most serious first</h2>
        </>
      )}
      {first.error && codeOf(first.error) !== 'FORBIDDEN' && (
        <Problem>{first.error.graphQLErrors[0]?.message ?? 'The signals could not be loaded. Try again.'}</Problem>
      )}
      {first.fetching && !first.data && <Loading />}
      {first.data && (
        <WorklistPage nodes={first.data.riskSignals.nodes} acknowledging={acknowledging} setAcknowledging={setAcknowledging} onAcknowledged={acknowledged} />
      )}
      {after.map((cursor) => (
        <MorePage
          key={cursor}
          filter={filter}
          after={cursor}
          acknowledging={acknowledging}
          setAcknowledging={setAcknowledging}
          onAcknowledged={acknowledged}
          onMore={setAfter}
        />
      ))}
      {first.data?.riskSignals.pageInfo.hasNextPage && after.length === 0 && (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setAfter([first.data!.riskSignals.pageInfo.endCursor!])}>
          Show more signals
        </button>
      )}
      {first.data && !first.data.riskSignals.nodes.length && <p className="govuk-body">No open signals{filtered ? ' of this kind and age' : ''}.</p>}
    </>
  );
}

type Nodes = NonNullable<ReturnType<typeof useWorklist>['data']>['riskSignals']['nodes'];
const useWorklist = (filter: object, after: string) => useQuery({ query: SignalsWorklistDocument, variables: { filter, after } })[0];

function MorePage(props: {
  filter: object;
  after: string;
  acknowledging: string | null;
  setAcknowledging: (id: string | null) => void;
  onAcknowledged: () => void;
  onMore: (update: (cursors: string[]) => string[]) => void;
}) {
  const page = useWorklist(props.filter, props.after);
  if (!page.data) return page.fetching ? <Loading /> : null;
  const { nodes, pageInfo } = page.data.riskSignals;
  return (
    <>
      <WorklistPage nodes={nodes} {...props} />
      {pageInfo.hasNextPage && (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => props.onMore((cursors) => (cursors.includes(pageInfo.endCursor!) ? cursors : [...cursors, pageInfo.endCursor!]))}
        >
          Show more signals
        </button>
      )}
    </>
  );
}

function WorklistPage({
  nodes,
  acknowledging,
  setAcknowledging,
  onAcknowledged,
}: {
  nodes: Nodes;
  acknowledging: string | null;
  setAcknowledging: (id: string | null) => void;
  onAcknowledged: () => void;
}) {
  return (
    <ul className="govuk-list">
      {nodes.map((signal) => {
        const label = `${humanise(signal.kind)} for the ${signal.family.name} family`;
        return (
          <li key={signal.id} className="govuk-inset-text govuk-!-margin-top-0" aria-label={label}>
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
              {humanise(signal.kind)} <Tag colour={SEVERITY_COLOUR[signal.severity]}>{humanise(signal.severity)}</Tag>{' '}
              {signal.state === 'ACKNOWLEDGED' && <Tag colour="blue">Acknowledged</Tag>}
            </h3>
            <p className="govuk-body govuk-!-margin-bottom-1">
              <Link className="govuk-link" to={`/families/${signal.family.id}`}>
                {signal.family.name}
              </Link>
              : {signal.explanation}
            </p>
            <p className="govuk-hint govuk-!-margin-bottom-2">
              First raised {formatDate(signal.firstRaisedAt)}
              {signal.acknowledgement &&
                `. Acknowledged ${formatDate(signal.acknowledgement.at)}${signal.acknowledgement.by ? ` by ${signal.acknowledgement.by.displayName}` : ''}: ${signal.acknowledgement.note}`}
            </p>
            {signal.state === 'OPEN' && (
              <AcknowledgeSignal
                signalId={signal.id}
                label={label}
                open={acknowledging === signal.id}
                setOpen={(open) => setAcknowledging(open ? signal.id : null)}
                onDone={onAcknowledged}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
