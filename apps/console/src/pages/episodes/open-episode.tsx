import { FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Loading, Problem } from '../../components/display';
import { Button, ErrorSummary, Select, Textarea, TextInput } from '../../components/forms';
import { EpisodeFormFamilyDocument, OpenEpisodeDocument, type InterventionLevel } from '../../gql/graphql';
import { codeOf, NO_PROBLEMS, problemsOf, type ProblemList } from '../../graphql/errors';
import { EPISODE_LEVELS, levelOptions, todayInLondon } from './episode-labels';

const only = (field: string, message: string): ProblemList => ({ byField: { [field]: message }, summary: [{ field, message }] });

/** Open an episode for a child of the family (Universal and above). */
export function OpenEpisodePage() {
  const { familyId = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, error }] = useQuery({ query: EpisodeFormFamilyDocument, variables: { id: familyId } });
  const [form, setForm] = useState({ childId: '', level: '', occurredOn: todayInLondon(), reason: '' });
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [sent, open] = useMutation(OpenEpisodeDocument);
  const set = (field: keyof typeof form) => (value: string) => setForm((current) => ({ ...current, [field]: value }));

  if (error) return <Refused title="Open an episode" code={codeOf(error)} message={error.graphQLErrors[0]?.message} />;
  if (!data) return <Loading />;
  const family = data.family;
  const openChildIds = new Set(family.episodes.filter((e) => !e.closedOn).map((e) => e.childId));
  const children = family.members.filter((m) => m.kind === 'CHILD' && !m.leftOn && m.person && !openChildIds.has(m.person.id));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.childId) return setProblems(only('childId', 'Select the child the episode is for'));
    if (!form.level) return setProblems(only('level', 'Select the level the episode opens at'));
    const result = await open({
      input: { familyId, childId: form.childId, level: form.level as InterventionLevel, occurredOn: form.occurredOn, reason: form.reason.trim() || undefined },
    });
    if (result.error) return setProblems(problemsOf(result.error));
    navigate(`/families/${familyId}#episodes`);
  };

  return (
    <>
      <Link to={`/families/${familyId}`} className="govuk-back-link">
        Back to the {family.name}
      </Link>
      <ErrorSummary problems={problems} />
      <span className="govuk-caption-l">{family.name}</span>
      <h1 className="govuk-heading-l">Open an episode</h1>
      {children.length ? (
        <form onSubmit={submit} noValidate>
          <Select
            name="childId"
            label="Child"
            hint="Children with an episode open already are stepped up or down instead."
            placeholder="Select the child"
            problems={problems}
            value={form.childId}
            onChange={set('childId')}
            options={children.map((m) => ({ value: m.person!.id, label: `${m.person!.givenName} ${m.person!.familyName}` }))}
          />
          <Select
            name="level"
            label="Level"
            placeholder="Select the level"
            problems={problems}
            value={form.level}
            onChange={set('level')}
            options={levelOptions(EPISODE_LEVELS)}
          />
          <TextInput name="occurredOn" label="Date decided" type="date" width="10" problems={problems} value={form.occurredOn} onChange={set('occurredOn')} />
          <Textarea
            name="reason"
            label="Reason (optional)"
            hint="For example, the referral or assessment that led to it."
            problems={problems}
            value={form.reason}
            onChange={set('reason')}
          />
          <Button disabled={sent.fetching}>Open episode</Button>
        </form>
      ) : (
        <p className="govuk-body">Every child in this family has an episode open already, or no child is recorded.</p>
      )}
    </>
  );
}

/** What a form says when its family cannot be loaded for this user. */
export function Refused({ title, code, message }: { title: string; code?: string; message?: string }) {
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <Problem title={code === 'FORBIDDEN' ? 'Not available to your role' : code === 'NOT_FOUND' ? 'Not found' : 'There is a problem'}>
        {message ?? 'This could not be loaded. Try again in a moment.'}
      </Problem>
    </>
  );
}
