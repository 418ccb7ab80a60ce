import { FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Loading } from '../../components/display';
import { Button, ErrorSummary, Radios, Select, Textarea, TextInput } from '../../components/forms';
import {
  CloseEpisodeDocument,
  EpisodeFormFamilyDocument,
  ProposeEpisodeClosureDocument,
  ProposeStepDownDocument,
  StepDownDocument,
  StepUpDocument,
  type ClosureReason,
  type ClosureSubReason,
  type InterventionLevel,
} from '../../gql/graphql';
import { codeOf, NO_PROBLEMS, problemsOf, type ProblemList } from '../../graphql/errors';
import { levelName } from '../family/journey';
import { CLOSURE_REASONS, CLOSURE_SUB_REASONS, EPISODE_LEVELS, levelOptions, todayInLondon } from './episode-labels';
import { Refused } from './open-episode';

export type EpisodeChangeKind = 'step-up' | 'step-down' | 'close';

const TITLES: Record<EpisodeChangeKind, [direct: string, proposed: string]> = {
  'step-up': ['Step up', 'Step up'],
  'step-down': ['Step down', 'Propose a step down'],
  close: ['Close the episode', 'Propose closing the episode'],
};

const only = (field: string, message: string): ProblemList => ({ byField: { [field]: message }, summary: [{ field, message }] });

/**
 * Step an open episode up or down, or close it with a CIN census reason and the local sub-reason. Where
 * the partnership requires a manager's approval at the episode's level, closing and stepping down
 * become a proposal, and the practitioner is taken to it.
 */
export function ChangeEpisodePage({ change }: { change: EpisodeChangeKind }) {
  const { familyId = '', episodeId = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, error }] = useQuery({ query: EpisodeFormFamilyDocument, variables: { id: familyId } });
  const [form, setForm] = useState({ toLevel: '', closureReason: '', closureSubReason: '', occurredOn: todayInLondon(), reason: '' });
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [stepUpSent, stepUp] = useMutation(StepUpDocument);
  const [stepDownSent, stepDown] = useMutation(StepDownDocument);
  const [closeSent, close] = useMutation(CloseEpisodeDocument);
  const [proposeCloseSent, proposeClose] = useMutation(ProposeEpisodeClosureDocument);
  const [proposeStepSent, proposeStep] = useMutation(ProposeStepDownDocument);
  const sending = [stepUpSent, stepDownSent, closeSent, proposeCloseSent, proposeStepSent].some((s) => s.fetching);
  const set = (field: keyof typeof form) => (value: string) => setForm((current) => ({ ...current, [field]: value }));

  if (error) return <Refused title={TITLES[change][0]} code={codeOf(error)} message={error.graphQLErrors[0]?.message} />;
  if (!data) return <Loading />;
  const family = data.family;
  const episode = family.episodes.find((e) => e.id === episodeId);
  if (!episode) return <Refused title={TITLES[change][0]} code="NOT_FOUND" message="This family has no episode with that id." />;
  const child = family.members.find((m) => m.person?.id === episode.childId)?.person;
  const childName = child ? `${child.givenName} ${child.familyName}` : 'the child';
  const needsApproval = change !== 'step-up' && !!data.episodeApprovalSettings.find((s) => s.level === episode.level)?.requiresApproval;
  const waiting = episode.proposals.find((p) => p.status === 'WAITING');
  const title = TITLES[change][needsApproval ? 1 : 0];
  const rank = EPISODE_LEVELS.indexOf(episode.level);
  const levels = change === 'step-up' ? EPISODE_LEVELS.slice(rank + 1) : EPISODE_LEVELS.slice(0, Math.max(rank, 0));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const details = { episodeId, occurredOn: form.occurredOn, reason: form.reason.trim() || undefined };
    if (change === 'close') {
      if (!form.closureReason) return setProblems(only('closureReason', 'Select the CIN census reason for closure'));
      const input = {
        ...details,
        closureReason: form.closureReason as ClosureReason,
        closureSubReason: (form.closureSubReason || undefined) as ClosureSubReason | undefined,
      };
      if (needsApproval) {
        const result = await proposeClose({ input });
        if (result.error) return setProblems(problemsOf(result.error));
        return navigate(`/proposals/${result.data!.proposeEpisodeClosure.id}`);
      }
      const result = await close({ input });
      if (result.error) return setProblems(problemsOf(result.error));
      return navigate(`/families/${familyId}#episodes`);
    }
    if (!form.toLevel) return setProblems(only('toLevel', `Select the level to step ${change === 'step-up' ? 'up' : 'down'} to`));
    const input = { ...details, toLevel: form.toLevel as InterventionLevel };
    if (needsApproval) {
      const result = await proposeStep({ input });
      if (result.error) return setProblems(problemsOf(result.error));
      return navigate(`/proposals/${result.data!.proposeStepDown.id}`);
    }
    const result = await (change === 'step-up' ? stepUp({ input }) : stepDown({ input }));
    if (result.error) return setProblems(problemsOf(result.error));
    navigate(`/families/${familyId}#episodes`);
  };

  return (
    <>
      <Link to={`/families/${familyId}`} className="govuk-back-link">
        Back to the {family.name}
      </Link>
      <ErrorSummary problems={problems} />
      <span className="govuk-caption-l">
        {childName}, {levelName(episode.level)} since {episode.openedOn}
      </span>
      <h1 className="govuk-heading-l">{title}</h1>
      {episode.closedOn ? (
        <p className="govuk-body">This episode was closed on {episode.closedOn}. Open a new episode instead.</p>
      ) : waiting ? (
        <p className="govuk-body">
          A closure or step down of this episode is waiting on a manager. <Link to={`/proposals/${waiting.id}`}>See the proposal</Link>.
        </p>
      ) : change === 'step-down' && !levels.length ? (
        <p className="govuk-body">There is no lower level to step down to: close the episode instead.</p>
      ) : change === 'step-up' && !levels.length ? (
        <p className="govuk-body">There is no higher level to step up to.</p>
      ) : (
        <form onSubmit={submit} noValidate>
          {needsApproval && (
            <div className="govuk-inset-text">
              In this partnership, an episode at {levelName(episode.level)} {change === 'close' ? 'closes' : 'steps down'} only with a manager&apos;s approval.
              A manager of your agency will see your proposal, with the risks the change would raise, and approve it or return it to you.
            </div>
          )}
          {change === 'close' ? (
            <>
              <Radios
                name="closureReason"
                label="Reason for closure (CIN census)"
                small
                problems={problems}
                value={form.closureReason}
                onChange={set('closureReason')}
                options={CLOSURE_REASONS}
              />
              <Select
                name="closureSubReason"
                label="Local reason (optional)"
                hint="Say so when the case closes because the parents separated or the person causing harm left."
                placeholder="No local reason"
                problems={problems}
                value={form.closureSubReason}
                onChange={set('closureSubReason')}
                options={CLOSURE_SUB_REASONS}
              />
            </>
          ) : (
            <Select
              name="toLevel"
              label={change === 'step-up' ? 'Step up to' : 'Step down to'}
              placeholder="Select the level"
              problems={problems}
              value={form.toLevel}
              onChange={set('toLevel')}
              options={levelOptions(levels)}
            />
          )}
          <TextInput
            name="occurredOn"
            label={needsApproval ? 'Date it takes effect' : 'Date decided'}
            type="date"
            width="10"
            problems={problems}
            value={form.occurredOn}
            onChange={set('occurredOn')}
          />
          <Textarea
            name="reason"
            label={needsApproval ? 'Why you propose it (optional)' : 'Reason (optional)'}
            problems={problems}
            value={form.reason}
            onChange={set('reason')}
          />
          <Button disabled={sending}>{needsApproval ? 'Send for approval' : title}</Button>
        </form>
      )}
    </>
  );
}
