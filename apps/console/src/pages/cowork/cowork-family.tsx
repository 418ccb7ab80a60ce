import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, Loading, Problem, SummaryList, Success } from '../../components/display';
import { CoworkFamilyDocument, CoworkFamilyEntriesDocument, CoworkFamilyRiskAssessmentsDocument } from '../../gql/graphql';
import { codeOf } from '../../graphql/errors';
import { useSession } from '../../session/session';
import { CoworkEntries } from './cowork-entries';
import { RiskAssessments } from './risk-assessments';

/** One family a DVA specialist co-works: what was logged, follow-ups to complete, and the DASH assessments with their answers. */
export function CoworkFamilyPage() {
  const { familyId = '' } = useParams();
  const location = useLocation();
  const { session } = useSession();
  const [{ data, error, fetching }] = useQuery({ query: CoworkFamilyDocument, variables: { familyId } });
  const [entries, refetchEntries] = useQuery({ query: CoworkFamilyEntriesDocument, variables: { familyId }, pause: !data });
  const [assessments] = useQuery({ query: CoworkFamilyRiskAssessmentsDocument, variables: { familyId }, pause: !data });
  if (error && !data) {
    return (
      <>
        <h1 className="govuk-heading-l">Co-work</h1>
        <Problem title={codeOf(error) === 'FORBIDDEN' ? 'You cannot open this family' : codeOf(error) === 'NOT_FOUND' ? 'Family not found' : undefined}>
          {error.graphQLErrors[0]?.message ?? 'The co-work could not be loaded. Try again in a moment.'}
        </Problem>
      </>
    );
  }
  if (!data) return fetching ? <Loading /> : null;
  const family = data.family;
  const mine = family.coworkArrangements.find((a) => a.active && a.specialistUserId === session?.user.id);
  const logged = (location.state as { logged?: string } | null)?.logged;
  return (
    <>
      <Link to="/cowork" className="govuk-back-link">
        Back to families I co-work
      </Link>
      {logged && <Success>Co-work entry logged for {logged}</Success>}
      <span className="govuk-caption-l">Co-work</span>
      <h1 className="govuk-heading-l">{family.name}</h1>
      <SummaryList
        rows={[
          [
            'Your co-work',
            mine
              ? `Since ${formatDate(mine.startedOn)}, started by ${mine.startedBy.displayName} (${mine.startedBy.agency.name})`
              : 'Not open to you now: you can read what you logged, not log more',
          ],
        ]}
      />
      <div className="govuk-button-group">
        {mine && (
          <Link to={`/cowork/${family.id}/entries/new`} className="govuk-button" role="button" draggable="false">
            Log a co-work entry
          </Link>
        )}
        {mine && (
          <Link to={`/families/${family.id}/risk-assessments/new`} className="govuk-button govuk-button--secondary" role="button" draggable="false">
            Record a DASH
          </Link>
        )}
        <Link to={`/families/${family.id}`} className="govuk-link">
          Open the family record
        </Link>
      </div>
      {entries.error && <Problem title="Co-work could not be shown">{entries.error.graphQLErrors[0]?.message ?? 'Try again in a moment.'}</Problem>}
      {entries.data ? (
        <CoworkEntries
          entries={entries.data.coworkEntries.nodes}
          more={entries.data.coworkEntries.pageInfo.hasNextPage}
          canComplete={!!mine}
          onCompleted={() => refetchEntries({ requestPolicy: 'network-only' })}
        />
      ) : (
        !entries.error && <Loading />
      )}
      {assessments.error && (
        <Problem title="DASH risk assessments could not be shown">{assessments.error.graphQLErrors[0]?.message ?? 'Try again in a moment.'}</Problem>
      )}
      {assessments.data && <RiskAssessments familyId={family.id} assessments={assessments.data.riskAssessments.nodes} />}
    </>
  );
}
