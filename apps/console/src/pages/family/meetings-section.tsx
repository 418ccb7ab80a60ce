import { Link } from 'react-router';
import { formatDateTime, humanise, Tag } from '../../components/display';
import type { FamilyJourneyQuery } from '../../gql/graphql';

type Item = FamilyJourneyQuery['family']['meetingItems'][number];

/** The meetings that discussed the family, newest first. */
export function MeetingsSection({ items }: { items: Item[] }) {
  return (
    <section aria-labelledby="meetings">
      <h2 className="govuk-heading-l" id="meetings">
        Meetings
      </h2>
      {items.length ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Meetings that discussed the family ({items.length}), newest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {['When', 'Meeting', 'Why it was listed'].map((label) => (
                <th scope="col" className="govuk-table__header" key={label}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {items.map((item) => (
              <tr className="govuk-table__row" key={item.id}>
                <td className="govuk-table__cell">{formatDateTime(item.meeting.startsAt)}</td>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/meetings/${item.meetingId}`}>
                    {item.meeting.title}
                  </Link>{' '}
                  ({item.meeting.type === 'MARAC' ? 'MARAC' : humanise(item.meeting.type).toLowerCase()})
                  {item.meeting.status === 'CANCELLED' && (
                    <>
                      {' '}
                      <Tag colour="grey">Cancelled</Tag>
                    </>
                  )}
                </td>
                <td className="govuk-table__cell">{item.reasonForListing}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="govuk-body">No meeting has discussed this family.</p>
      )}
    </section>
  );
}
