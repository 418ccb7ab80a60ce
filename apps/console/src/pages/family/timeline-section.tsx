import { useState } from 'react';
import { useQuery } from 'urql';
import { formatDate, humanise, Loading, Problem } from '../../components/display';
import { FamilyTimelineDocument } from '../../gql/graphql';

/**
 * The chronology in the MoJ timeline pattern, newest first, 50 entries at a time: a family with
 * thousands of events shows its latest at once and the rest on "Show more".
 */
export function TimelineSection({ familyId }: { familyId: string }) {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  return (
    <section aria-labelledby="timeline">
      <h2 className="govuk-heading-l" id="timeline">
        Timeline
      </h2>
      <div className="moj-timeline">
        {cursors.map((after, index) => (
          <TimelinePage
            key={after ?? 'first'}
            familyId={familyId}
            after={after}
            last={index === cursors.length - 1}
            onMore={(cursor) => setCursors((all) => [...all, cursor])}
          />
        ))}
      </div>
    </section>
  );
}

function TimelinePage({ familyId, after, last, onMore }: { familyId: string; after: string | null; last: boolean; onMore: (cursor: string) => void }) {
  const [{ data, error, fetching }] = useQuery({ query: FamilyTimelineDocument, variables: { id: familyId, after } });
  if (error) return <Problem title="The timeline could not be shown">{error.graphQLErrors[0]?.message ?? 'Try again in a moment.'}</Problem>;
  if (fetching && !data) return <Loading />;
  const page = data?.family.timeline;
  if (!page) return null;
  return (
    <>
      {!after && !page.nodes.length && <p className="govuk-body">Nothing is recorded yet.</p>}
      {page.nodes.map((entry) => (
        <div className="moj-timeline__item" key={entry.id}>
          <div className="moj-timeline__header">
            <h3 className="moj-timeline__title">{humanise(entry.kind)}</h3>
            {entry.actor && <p className="moj-timeline__byline">by {entry.actor.displayName}</p>}
          </div>
          <p className="moj-timeline__date">
            <time dateTime={entry.date}>{formatDate(entry.date)}</time>
          </p>
          <div className="moj-timeline__description">{entry.summary}</div>
        </div>
      ))}
      {last && page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => onMore(page.pageInfo.endCursor!)}>
          Show more of the timeline
        </button>
      )}
    </>
  );
}
