import { FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDate, formatDateTime, Loading, Problem, Success, SummaryList, Tag } from '../../components/display';
import { Button, ErrorSummary, Textarea } from '../../components/forms';
import { ApproveEpisodeChangeDocument, EpisodeChangeProposalDocument, ReturnEpisodeChangeDocument } from '../../gql/graphql';
import { codeOf, NO_PROBLEMS, problemsOf, type ProblemList } from '../../graphql/errors';
import { useSession } from '../../session/session';
import { levelName } from '../family/journey';
import { changeWords, closureReasonWords, subReasonWords } from './episode-labels';
import { RiskCheckList } from './risk-check';

const STATUS = { WAITING: ['Waiting on a manager', 'yellow'], APPROVED: ['Approved', 'green'], RETURNED: ['Returned', 'red'] } as const;
const only = (field: string, message: string): ProblemList => ({ byField: { [field]: message }, summary: [{ field, message }] });

/**
 * One proposed closure or step down: what is proposed, the pre-closure risk check in words, and, for a
 * manager of the family's agency while it waits, approve with a note or return with a reason.
 */
export function ProposalPage() {
  const { id = '' } = useParams();
  const { session } = useSession();
  const [{ data, error }, reload] = useQuery({ query: EpisodeChangeProposalDocument, variables: { id } });
  const [note, setNote] = useState('');
  const [returnReason, setReturnReason] = useState('');
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [done, setDone] = useState('');
  const [approving, approve] = useMutation(ApproveEpisodeChangeDocument);
  const [returning, giveBack] = useMutation(ReturnEpisodeChangeDocument);

  if (error)
    return (
      <>
        <h1 className="govuk-heading-l">Proposed change</h1>
        <Problem title={codeOf(error) === 'FORBIDDEN' ? 'Not available to your role' : codeOf(error) === 'NOT_FOUND' ? 'Not found' : 'There is a problem'}>
          {error.graphQLErrors[0]?.message ?? 'The proposal could not be loaded. Try again in a moment.'}
        </Problem>
      </>
    );
  if (!data) return <Loading />;
  const p = data.episodeChangeProposal;
  const child = p.family.members.find((m) => m.person?.id === p.episode.childId)?.person;
  const childName = child ? `${child.givenName} ${child.familyName}` : 'the child';
  const decides = p.status === 'WAITING' && !!session?.user.roles.includes('MANAGER') && p.proposedBy?.id !== session.user.id;
  const [statusWords, statusColour] = STATUS[p.status];

  const afterDecision = async (result: { error?: Parameters<typeof problemsOf>[0] }, words: string) => {
    if (result.error) {
      if (codeOf(result.error) === 'CONFLICT') reload({ requestPolicy: 'network-only' });
      return setProblems(problemsOf(result.error));
    }
    setProblems(NO_PROBLEMS);
    setNote('');
    setReturnReason('');
    setDone(words);
    reload({ requestPolicy: 'network-only' });
  };
  const submitApproval = async (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) return setProblems(only('note', 'Enter a note saying why you approve it'));
    const result = await approve({ input: { proposalId: p.id, note, riskCheckDigest: p.riskCheck.digest } });
    await afterDecision(result, p.kind === 'CLOSE' ? `Approved: ${childName}'s episode is closed.` : `Approved: ${childName}'s episode is stepped down.`);
  };
  const submitReturn = async (event: FormEvent) => {
    event.preventDefault();
    if (!returnReason.trim()) return setProblems(only('reason', 'Enter the reason you are returning it'));
    const result = await giveBack({ input: { proposalId: p.id, reason: returnReason } });
    await afterDecision(result, `Returned to ${p.proposedBy?.displayName ?? 'the practitioner'} with your reason.`);
  };

  return (
    <>
      <Link to={session?.user.roles.includes('MANAGER') ? '/proposals' : `/families/${p.family.id}`} className="govuk-back-link">
        {session?.user.roles.includes('MANAGER') ? 'Back to proposals waiting' : `Back to the ${p.family.name}`}
      </Link>
      <ErrorSummary problems={problems} />
      {done && <Success>{done}</Success>}
      <span className="govuk-caption-l">
        {p.family.name}, {childName}
      </span>
      <h1 className="govuk-heading-l">
        {changeWords(p.kind, p.toLevel)}: proposed {formatDate(p.proposedAt)}
      </h1>
      <SummaryList
        rows={[
          ['Status', <Tag colour={statusColour}>{statusWords}</Tag>],
          ['Episode', `${levelName(p.fromLevel)} since ${formatDate(p.episode.openedOn)}`],
          ['Proposed change', `${changeWords(p.kind, p.toLevel)} from ${formatDate(p.occurredOn)}`],
          ...(p.kind === 'CLOSE'
            ? ([
                ['Reason for closure', closureReasonWords(p.closureReason)],
                ['Local reason', subReasonWords(p.closureSubReason) || 'None given'],
              ] as Array<[string, string]>)
            : []),
          ['Why it is proposed', p.reason ?? 'No reason given'],
          ['Proposed by', `${p.proposedBy?.displayName ?? 'A practitioner'}, ${formatDateTime(p.proposedAt)}`],
          ...(p.decidedAt
            ? ([
                [p.status === 'APPROVED' ? 'Approved by' : 'Returned by', `${p.decidedBy?.displayName ?? 'A manager'}, ${formatDateTime(p.decidedAt)}`],
                [p.status === 'APPROVED' ? 'Note' : 'Reason returned', p.decisionNote ?? ''],
              ] as Array<[string, string]>)
            : []),
        ]}
      />
      <h2 className="govuk-heading-m">Pre-closure risk check</h2>
      <p className="govuk-hint">
        {p.status === 'WAITING'
          ? 'What this change would raise if it were made today, found by the risk signal rules on the record as it would then stand.'
          : `As it stood when the proposal was ${p.status === 'APPROVED' ? 'approved' : 'returned'} (${formatDate(p.riskCheck.asOf)}): what the manager saw.`}
      </p>
      <RiskCheckList signals={p.riskCheck.signals} />
      {decides && (
        <div className="govuk-grid-row">
          <form onSubmit={submitApproval} noValidate className="govuk-grid-column-one-half">
            <h2 className="govuk-heading-m">Approve</h2>
            <Textarea name="note" label="Note" hint="Why you approve it, with the risks above in mind." problems={problems} value={note} onChange={setNote} />
            <Button disabled={approving.fetching || returning.fetching}>Approve</Button>
          </form>
          <form onSubmit={submitReturn} noValidate className="govuk-grid-column-one-half">
            <h2 className="govuk-heading-m">Return</h2>
            <Textarea
              name="reason"
              label="Reason"
              hint="What the practitioner should do or consider before proposing again."
              problems={problems}
              value={returnReason}
              onChange={setReturnReason}
            />
            <Button secondary disabled={approving.fetching || returning.fetching}>
              Return to practitioner
            </Button>
          </form>
        </div>
      )}
    </>
  );
}
