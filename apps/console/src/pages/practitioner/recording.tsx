import { FormEvent, ReactNode, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { CombinedError, useQuery } from 'urql';
import { Loading, Problem, Success } from '../../components/display';
import { Button, ErrorSummary } from '../../components/forms';
import { PractitionerFamilyDocument, PractitionerFamilyQuery } from '../../gql/graphql';
import { codeOf, NO_PROBLEMS, ProblemList, problemsOf } from '../../graphql/errors';
import { relabel } from '../dash/dash-questions';

export type RecordingFamily = PractitionerFamilyQuery['family'];
export type Option = { value: string; label: string };

/** Problems found before sending: each a field the API names and the message beside it. */
export function problemsFrom(checks: Array<[field: string, wrong: boolean, message: string]>): ProblemList {
  const problems: ProblemList = { summary: [], byField: {} };
  for (const [field, wrong, message] of checks) {
    if (!wrong || problems.byField[field]) continue;
    problems.byField[field] = message;
    problems.summary.push({ field, message });
  }
  return problems;
}

/** The API's words beside the fields it names, each field called what its label calls it. */
export const apiProblems = (error: CombinedError | undefined, labels: Record<string, string>) => relabel(problemsOf(error), labels);

/** The family the form records about, and back to its record with a banner saying what was saved. */
export function useRecording() {
  const { familyId = '' } = useParams();
  const navigate = useNavigate();
  const [family] = useQuery({ query: PractitionerFamilyDocument, variables: { id: familyId } });
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const done = (message: string, anchor = '') => navigate(`/families/${familyId}${anchor}`, { state: { recorded: message } });
  return { familyId, family, problems, setProblems, done };
}

export const fullName = (person: { givenName: string; familyName: string } | null | undefined) => (person ? `${person.givenName} ${person.familyName}` : '');

/** Members as options: everyone, adults or children; someone the caller may not see is left out. */
export function memberOptions(family: RecordingFamily, kind?: 'ADULT' | 'CHILD'): Option[] {
  const seen = new Set<string>();
  return family.members
    .filter((member) => member.person && (!kind || member.kind === kind))
    .filter((member) => !seen.has(member.person!.id) && seen.add(member.person!.id))
    .map((member) => ({ value: member.person!.id, label: fullName(member.person) }));
}

export function nameIn(family: RecordingFamily, personId: string): string {
  return fullName(family.members.find((member) => member.person?.id === personId)?.person) || 'Someone you may not see';
}

/** The success banner on the family record after a form saved. */
export function RecordedBanner() {
  const recorded = (useLocation().state as { recorded?: unknown } | null)?.recorded;
  return typeof recorded === 'string' ? <Success>{recorded}</Success> : null;
}

/**
 * One recording form: the GOV.UK error summary, the family as caption, the fields, then save or go
 * back. A family the caller may not open, or a form their role may not use, says so in words.
 */
export function RecordingForm({
  title,
  intro,
  problems,
  saving,
  submitLabel,
  onSubmit,
  family,
  children,
}: {
  title: string;
  intro?: ReactNode;
  problems: ProblemList;
  saving: boolean;
  submitLabel: string;
  onSubmit: () => void;
  family: ReturnType<typeof useRecording>['family'];
  children: (family: RecordingFamily) => ReactNode;
}) {
  if (family.error) {
    const code = codeOf(family.error);
    return (
      <>
        <h1 className="govuk-heading-l">{title}</h1>
        <Problem title={code === 'FORBIDDEN' ? 'You cannot open this family' : code === 'NOT_FOUND' ? 'Family not found' : 'There is a problem'}>
          {family.error.graphQLErrors[0]?.message ?? 'The family could not be loaded. Try again in a moment.'}
        </Problem>
      </>
    );
  }
  if (!family.data) return <Loading />;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary problems={problems} />
      <span className="govuk-caption-l">{family.data.family.name}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      {intro && <p className="govuk-body">{intro}</p>}
      {children(family.data.family)}
      <div className="govuk-button-group">
        <Button disabled={saving}>{submitLabel}</Button>
        <Link className="govuk-link" to={`/families/${family.data.family.id}`}>
          Back to the family
        </Link>
      </div>
    </form>
  );
}
