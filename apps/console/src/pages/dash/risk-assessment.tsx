import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, Guarded, NOT_SHOWN, Loading, SummaryList, Success, Table } from '../../components/display';
import { DashAssessmentDocument } from '../../gql/graphql';
import { useSession } from '../../session/session';
import { DASH_ANSWER_OPTIONS, DASH_QUESTIONS, fullName, JUDGEMENT_OPTIONS, labelOf } from './dash-questions';
import { ScreenUnavailable } from '../../components/unavailable';

/** Those who refer to MARAC; the API checks again when the referral is made. */
const REFERRERS = ['CASE_PRACTITIONER', 'DVA_SPECIALIST'];

/** The API gives null for a person the caller may not see. */
const nameOrNotShown = (person: { givenName: string; familyName: string } | null) =>
  person ? fullName(person) : <span className="wm-not-shown">{NOT_SHOWN}</span>;

/** One DASH risk assessment: its score and judgement, the answers for those working for the victim, and the way to MARAC. */
export function RiskAssessmentPage() {
  const { familyId = '', assessmentId = '' } = useParams();
  const location = useLocation();
  const { session } = useSession();
  const [{ data, error, fetching }] = useQuery({ query: DashAssessmentDocument, variables: { id: assessmentId } });
  if (fetching && !data) return <Loading />;
  if (error || !data) return <ScreenUnavailable heading="DASH risk assessment" what="This risk assessment" error={error} />;
  const assessment = data.riskAssessment;
  const victim = fullName(assessment.victim) || 'the victim';
  const mayRefer = session?.user.roles.some((role) => REFERRERS.includes(role));
  return (
    <>
      {(location.state as { recorded?: boolean } | null)?.recorded && <Success>DASH risk assessment saved: score {assessment.score}</Success>}
      <h1 className="govuk-heading-l">DASH risk assessment for {victim}</h1>
      <SummaryList
        rows={[
          ['Adult victim', nameOrNotShown(assessment.victim)],
          ['Person causing harm', nameOrNotShown(assessment.personCausingHarm)],
          ['Date of assessment', formatDate(assessment.assessedOn)],
          ['Assessor', assessment.assessor?.displayName ?? ''],
          ['Score', <strong>{assessment.score} of 24 answered yes</strong>],
          ['Professional judgement', labelOf(JUDGEMENT_OPTIONS, assessment.judgement)],
        ]}
      />
      {mayRefer && (
        <div className="govuk-button-group">
          <Link className="govuk-button" data-module="govuk-button" to={`/families/${familyId}/risk-assessments/${assessment.id}/marac-referral`}>
            Refer {victim} to MARAC
          </Link>
        </div>
      )}
      <h2 className="govuk-heading-m">Answers</h2>
      <div className="govuk-body">
        <Guarded record={assessment} field="answers">
          {assessment.answers && (
            <Table
              caption="The 24 DASH questions"
              captionSize="s"
              head={['Question', 'Answer']}
              rows={DASH_QUESTIONS.map((question, index) => [`${index + 1}. ${question}`, labelOf(DASH_ANSWER_OPTIONS, assessment.answers![index])])}
            />
          )}
        </Guarded>
      </div>
    </>
  );
}
