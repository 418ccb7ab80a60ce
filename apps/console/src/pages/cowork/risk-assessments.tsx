import { Link } from 'react-router';
import { formatDate, Guarded, NOT_SHOWN, Table } from '../../components/display';
import type { CoworkFamilyRiskAssessmentsQuery } from '../../gql/graphql';
import { DASH_ANSWER_OPTIONS, DASH_QUESTIONS, fullName, JUDGEMENT_OPTIONS, labelOf } from '../dash/dash-questions';

type Assessment = CoworkFamilyRiskAssessmentsQuery['riskAssessments']['nodes'][number];

const nameOrNotShown = (person: { givenName: string; familyName: string } | null | undefined) => (person ? fullName(person) : NOT_SHOWN);

/** The family's DASH risk assessments, newest first, each with its 24 answers (restricted: victim's side only). */
export function RiskAssessments({ familyId, assessments }: { familyId: string; assessments: Assessment[] }) {
  const newestFirst = [...assessments].sort((a, b) => b.assessedOn.localeCompare(a.assessedOn));
  return (
    <>
      <h2 className="govuk-heading-m">DASH risk assessments</h2>
      {newestFirst.length ? (
        newestFirst.map((assessment) => (
          <section className="wm-agenda-item" key={assessment.id} aria-labelledby={`dash-${assessment.id}`}>
            <h3 className="govuk-heading-s" id={`dash-${assessment.id}`}>
              <Link className="govuk-link" to={`/families/${familyId}/risk-assessments/${assessment.id}`}>
                {formatDate(assessment.assessedOn)}: {nameOrNotShown(assessment.victim)}, score {assessment.score} of 24
              </Link>
            </h3>
            <p className="govuk-body">
              About {nameOrNotShown(assessment.personCausingHarm)}. Professional judgement: {labelOf(JUDGEMENT_OPTIONS, assessment.judgement)}. Assessor:{' '}
              {assessment.assessor?.displayName ?? 'not shown'}.
            </p>
            <details className="govuk-details">
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">Answers to the DASH of {formatDate(assessment.assessedOn)}</span>
              </summary>
              <div className="govuk-details__text">
                <Guarded record={assessment} field="answers">
                  {assessment.answers && (
                    <Table
                      caption={`The 24 DASH questions, ${formatDate(assessment.assessedOn)}`}
                      captionSize="s"
                      head={['Question', 'Answer']}
                      rows={DASH_QUESTIONS.map((question, index) => [`${index + 1}. ${question}`, labelOf(DASH_ANSWER_OPTIONS, assessment.answers![index])])}
                    />
                  )}
                </Guarded>
              </div>
            </details>
          </section>
        ))
      ) : (
        <p className="govuk-body">No DASH risk assessment has been recorded for this family.</p>
      )}
    </>
  );
}
