import { FormEvent, ReactNode, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDate, Loading } from '../../components/display';
import { Button, ErrorSummary, fieldId, Radios, Select, TextInput } from '../../components/forms';
import { DashAnswer, DashFamilyDocument, RecordRiskAssessmentDocument, RiskJudgement } from '../../gql/graphql';
import { NO_PROBLEMS, ProblemList, problemsOf } from '../../graphql/errors';
import { useDraft } from '../../session/drafts';
import { DASH_ANSWER_OPTIONS, DASH_QUESTIONS, fullName, JUDGEMENT_OPTIONS, labelOf, relabel } from './dash-questions';
import { ScreenUnavailable } from '../../components/unavailable';

const FIELD_LABELS = {
  victimPersonId: 'Adult victim',
  personCausingHarmId: 'Person causing harm',
  assessedOn: 'Date of assessment',
  answers: 'Answers',
  judgement: 'Professional judgement',
};

interface DashDraft {
  victimPersonId: string;
  personCausingHarmId: string;
  assessedOn: string;
  answers: string[];
  judgement: string;
}

const EMPTY: DashDraft = { victimPersonId: '', personCausingHarmId: '', assessedOn: '', answers: DASH_QUESTIONS.map(() => ''), judgement: '' };

/** What the API would refuse anyway, found before the check-your-answers step. */
function missing(draft: DashDraft): ProblemList {
  const problems: ProblemList = { summary: [], byField: {} };
  const add = (field: string, message: string) => {
    problems.byField[field] = message;
    problems.summary.push({ field, message });
  };
  if (!draft.victimPersonId) add('victimPersonId', 'Select the adult victim');
  if (!draft.personCausingHarmId) add('personCausingHarmId', 'Select the person causing harm');
  else if (draft.personCausingHarmId === draft.victimPersonId) add('personCausingHarmId', 'The person causing harm must be a different person from the victim');
  if (!draft.assessedOn) add('assessedOn', 'Enter the date of the assessment');
  draft.answers.forEach((answer, index) => {
    if (!answer) add(`answers.${index}`, `Answer question ${index + 1}`);
  });
  if (!draft.judgement) add('judgement', 'Select your professional judgement');
  return problems;
}

/** A GOV.UK check-your-answers list: each row with a Change link back to its field on the form. */
function CheckList({ rows, onChange }: { rows: Array<{ key: string; value: ReactNode; field?: string; what: string }>; onChange: (field: string) => void }) {
  return (
    <dl className="govuk-summary-list">
      {rows.map(({ key, value, field, what }) => (
        <div className={`govuk-summary-list__row${field ? '' : ' govuk-summary-list__row--no-actions'}`} key={key}>
          <dt className="govuk-summary-list__key">{key}</dt>
          <dd className="govuk-summary-list__value">{value}</dd>
          {field && (
            <dd className="govuk-summary-list__actions">
              <button type="button" className="wm-link-button" onClick={() => onChange(field)}>
                Change<span className="govuk-visually-hidden"> {what}</span>
              </button>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}

/** Records a DASH risk assessment for a family: the form, then check your answers, then save. */
export function RecordRiskAssessmentPage() {
  const { familyId = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, error, fetching }] = useQuery({ query: DashFamilyDocument, variables: { familyId } });
  const [draft, setDraft, discard] = useDraft<DashDraft>(`dash:${familyId}`, EMPTY);
  const [step, setStep] = useState<'form' | 'check'>('form');
  const [changing, setChanging] = useState<string>();
  // "Change" on the check page lands on the field to change.
  useEffect(() => {
    if (step !== 'form' || !changing) return;
    document.getElementById(fieldId(changing))?.focus();
    setChanging(undefined);
  }, [step, changing]);
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [saving, record] = useMutation(RecordRiskAssessmentDocument);

  if (fetching && !data) return <Loading />;
  if (error || !data) return <ScreenUnavailable heading="Record a DASH risk assessment" what="Recording a risk assessment for this family" error={error} />;

  const family = data.family;
  const people = family.members.filter((member) => member.kind === 'ADULT' && member.person).map((member) => member.person!);
  const options = people.map((person) => ({ value: person.id, label: fullName(person) }));
  const nameOf = (id: string) => fullName(people.find((person) => person.id === id));
  const score = draft.answers.filter((answer) => answer === 'YES').length;
  const set = (field: keyof DashDraft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));
  const setAnswer = (index: number) => (value: string) =>
    setDraft((current) => ({ ...current, answers: current.answers.map((answer, i) => (i === index ? value : answer)) }));

  const change = (field: string) => {
    setChanging(field);
    setStep('form');
  };

  const toCheck = (event: FormEvent) => {
    event.preventDefault();
    const found = missing(draft);
    setProblems(found);
    if (!found.summary.length) setStep('check');
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await record({
      input: {
        familyId,
        victimPersonId: draft.victimPersonId,
        personCausingHarmId: draft.personCausingHarmId,
        assessedOn: draft.assessedOn,
        answers: draft.answers as DashAnswer[],
        judgement: draft.judgement as RiskJudgement,
      },
    });
    if (result.error || !result.data) {
      // Back to the form, the answers kept, with the API's words beside the fields it names.
      setProblems(relabel(problemsOf(result.error), FIELD_LABELS));
      setStep('form');
      return;
    }
    discard();
    navigate(`/families/${familyId}/risk-assessments/${result.data.recordRiskAssessment.id}`, { state: { recorded: true } });
  };

  if (step === 'check') {
    return (
      <form onSubmit={save} noValidate>
        <span className="govuk-caption-l">{family.name}</span>
        <h1 className="govuk-heading-l">Check your answers before saving the DASH</h1>
        <CheckList
          onChange={change}
          rows={[
            { key: 'Adult victim', value: nameOf(draft.victimPersonId), field: 'victimPersonId', what: 'adult victim' },
            { key: 'Person causing harm', value: nameOf(draft.personCausingHarmId), field: 'personCausingHarmId', what: 'person causing harm' },
            { key: 'Date of assessment', value: formatDate(draft.assessedOn), field: 'assessedOn', what: 'date of assessment' },
            { key: 'Score', value: <strong>{score} of 24 answered yes</strong>, what: 'score' },
            { key: 'Professional judgement', value: labelOf(JUDGEMENT_OPTIONS, draft.judgement), field: 'judgement', what: 'professional judgement' },
          ]}
        />
        <h2 className="govuk-heading-m">Answers</h2>
        <CheckList
          onChange={change}
          rows={DASH_QUESTIONS.map((question, index) => ({
            key: `${index + 1}. ${question}`,
            value: labelOf(DASH_ANSWER_OPTIONS, draft.answers[index]),
            field: `answers.${index}`,
            what: `answer to question ${index + 1}`,
          }))}
        />
        <div className="govuk-button-group">
          <Button disabled={saving.fetching}>Save DASH risk assessment</Button>
          <Button secondary type="button" onClick={() => setStep('form')}>
            Change answers
          </Button>
        </div>
      </form>
    );
  }

  return (
    <form onSubmit={toCheck} noValidate>
      <ErrorSummary problems={problems} />
      <span className="govuk-caption-l">{family.name}</span>
      <h1 className="govuk-heading-l">Record a DASH risk assessment</h1>
      <p className="govuk-body">
        The SafeLives DASH risk identification checklist. The answers are shown only to those working for the victim; the score and your judgement are shared
        with the agencies working with the family.
      </p>
      <Select
        name="victimPersonId"
        label="Adult victim"
        problems={problems}
        value={draft.victimPersonId}
        onChange={set('victimPersonId')}
        options={options}
        placeholder="Select a family member"
      />
      <Select
        name="personCausingHarmId"
        label="Person causing harm"
        problems={problems}
        value={draft.personCausingHarmId}
        onChange={set('personCausingHarmId')}
        options={options}
        placeholder="Select a family member"
      />
      <TextInput
        name="assessedOn"
        label="Date of assessment"
        hint="Not in the future."
        type="date"
        problems={problems}
        value={draft.assessedOn}
        onChange={set('assessedOn')}
      />
      <h2 className="govuk-heading-m">Questions</h2>
      {problems.byField.answers && (
        <p id="field-answers" className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {problems.byField.answers}
        </p>
      )}
      {DASH_QUESTIONS.map((question, index) => (
        <Radios
          key={index}
          name={`answers.${index}`}
          label={`${index + 1}. ${question}`}
          problems={problems}
          value={draft.answers[index]}
          onChange={setAnswer(index)}
          options={DASH_ANSWER_OPTIONS}
          inline
          small
        />
      ))}
      <p className="govuk-body" aria-live="polite">
        Score so far: <strong>{score}</strong> of 24 answered yes.
      </p>
      <Radios
        name="judgement"
        label="Your professional judgement of the risk"
        hint="Judgement can refer to MARAC below the score; it never lowers the risk the score shows."
        problems={problems}
        value={draft.judgement}
        onChange={set('judgement')}
        options={JUDGEMENT_OPTIONS}
      />
      <div className="govuk-button-group">
        <Button>Continue</Button>
        <Link className="govuk-link" to={`/families/${familyId}`}>
          Back to the family
        </Link>
      </div>
    </form>
  );
}
