import { FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Loading, Problem } from '../../components/display';
import { Button, ErrorSummary, Radios, Textarea, TextInput } from '../../components/forms';
import { RecordSafetyPlanDocument, SafetyPlanOptionsDocument } from '../../gql/graphql';
import { NO_PROBLEMS, problemsOf, type ProblemList } from '../../graphql/errors';
import { useDraft } from '../../session/drafts';

const BLANK = { personId: '', madeOn: '', measures: '', nextReviewOn: '' };

function missing(form: typeof BLANK): ProblemList {
  const byField: Record<string, string> = {};
  if (!form.personId) byField.personId = 'Select who the plan keeps safe';
  if (!form.madeOn) byField.madeOn = 'Enter the date the plan was agreed';
  if (!form.measures.trim()) byField.measures = 'Enter at least one measure agreed, one per line';
  return { byField, summary: Object.entries(byField).map(([field, message]) => ({ field, message })) };
}

/** Record a safety plan for the adult victim or a child (/families/:familyId/safety-plans/new). */
export function RecordSafetyPlanPage() {
  const { familyId = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, error, fetching }] = useQuery({ query: SafetyPlanOptionsDocument, variables: { id: familyId } });
  const [form, setForm, discard] = useDraft(`safety-plan-${familyId}`, BLANK);
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [, record] = useMutation(RecordSafetyPlanDocument);
  const set = (field: keyof typeof BLANK) => (value: string) => setForm((current) => ({ ...current, [field]: value }));

  const heading = <h1 className="govuk-heading-l">Record a safety plan</h1>;
  if (fetching && !data) return <Loading />;
  if (error || (data && data.family.safetyPlans === null))
    return (
      <>
        {heading}
        <Problem title="Not available">
          {error?.graphQLErrors[0]?.message ?? 'Safety plans are recorded by the case practitioner or DVA specialist working with this family.'}
        </Problem>
      </>
    );
  if (!data) return <Loading />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const before = missing(form);
    if (before.summary.length) return setProblems(before);
    const result = await record({
      input: {
        familyId,
        personId: form.personId,
        madeOn: form.madeOn,
        measures: form.measures
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
        nextReviewOn: form.nextReviewOn || undefined,
      },
    });
    if (result.error) return setProblems(problemsOf(result.error));
    discard();
    navigate(`/families/${familyId}#safety-plans`);
  };

  const people = data.family.members.filter((member) => !member.leftOn && member.person);
  return (
    <>
      <Link to={`/families/${familyId}`} className="govuk-back-link">
        Back to the family record
      </Link>
      <ErrorSummary problems={problems} />
      <span className="govuk-caption-l">{data.family.name}</span>
      {heading}
      <form onSubmit={submit} noValidate>
        <Radios
          name="personId"
          label="Who does the plan keep safe?"
          hint="The adult victim or a child of the family."
          problems={problems}
          value={form.personId}
          onChange={set('personId')}
          options={people.map((member) => ({
            value: member.person!.id,
            label: `${member.person!.givenName} ${member.person!.familyName}${member.kind === 'CHILD' ? ' (child)' : ''}`,
          }))}
        />
        <TextInput name="madeOn" label="Date agreed" type="date" width="10" problems={problems} value={form.madeOn} onChange={set('madeOn')} />
        <Textarea
          name="measures"
          label="Measures agreed"
          hint="One measure per line, for example: a code word agreed with her sister."
          rows={5}
          problems={problems}
          value={form.measures}
          onChange={set('measures')}
        />
        <TextInput
          name="nextReviewOn"
          label="Next review (optional)"
          type="date"
          width="10"
          problems={problems}
          value={form.nextReviewOn}
          onChange={set('nextReviewOn')}
        />
        <Button>Record safety plan</Button>
      </form>
    </>
  );
}
