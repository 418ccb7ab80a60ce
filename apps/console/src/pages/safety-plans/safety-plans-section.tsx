import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, Loading, Problem, SummaryList } from '../../components/display';
import { FamilySafetyPlansDocument } from '../../gql/graphql';

const FOR = { ADULT_VICTIM: 'Adult victim', CHILD: 'Child' } as const;

/**
 * The family's safety plans, for those working for the victim. To anyone else the API answers null
 * and this section renders nothing at all: not a heading, not "none".
 */
export function SafetyPlansSection({ familyId }: { familyId: string }) {
  const [{ data, error, fetching }] = useQuery({ query: FamilySafetyPlansDocument, variables: { id: familyId } });
  if (fetching && !data) return <Loading />;
  if (error) return <Problem title="Safety plans could not be shown">{error.graphQLErrors[0]?.message ?? 'Try again in a moment.'}</Problem>;
  const plans = data?.family.safetyPlans;
  if (!plans) return null;
  return (
    <section aria-labelledby="safety-plans">
      <h2 className="govuk-heading-l" id="safety-plans">
        Safety plans
      </h2>
      <p className="govuk-body">Shown only to those working for the victim. Never shared with anyone working with the person causing harm.</p>
      {plans.length ? (
        plans.map((plan) => {
          const name = plan.person ? `${plan.person.givenName} ${plan.person.familyName}` : 'Someone you may not see';
          return (
            <div key={plan.id} className="govuk-summary-card">
              <div className="govuk-summary-card__title-wrapper">
                <h3 className="govuk-summary-card__title">
                  Safety plan for {name} ({FOR[plan.planFor]})
                </h3>
              </div>
              <div className="govuk-summary-card__content">
                <SummaryList
                  rows={[
                    ['Made', `${formatDate(plan.madeOn)} by ${plan.recordedBy.displayName}`],
                    ['Last reviewed', plan.lastReviewedOn ? formatDate(plan.lastReviewedOn) : 'Not reviewed yet'],
                    ['Next review', plan.nextReviewOn ? formatDate(plan.nextReviewOn) : 'Not set'],
                    [
                      'Measures agreed',
                      <ul className="govuk-list govuk-list--bullet">
                        {plan.measures.map((measure, i) => (
                          <li key={i}>{measure}</li>
                        ))}
                      </ul>,
                    ],
                    [
                      'Reviews',
                      plan.reviews.length ? (
                        <ul className="govuk-list">
                          {plan.reviews.map((review) => (
                            <li key={review.id}>
                              {formatDate(review.reviewedOn)} by {review.reviewedBy.displayName}: {review.measures.length} measures agreed
                              {review.note ? `. ${review.note}` : ''}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        'None yet'
                      ),
                    ],
                  ]}
                />
              </div>
            </div>
          );
        })
      ) : (
        <p className="govuk-body">No safety plans recorded.</p>
      )}
      <Link className="govuk-button govuk-button--secondary" to={`/families/${familyId}/safety-plans/new`}>
        Record a safety plan
      </Link>
    </section>
  );
}
