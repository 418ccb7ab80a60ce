import { formatDate, Guarded, humanise, Tag } from '../../components/display';
import type { FamilyRecordQuery } from '../../gql/graphql';
import { nameOf, PersonNames } from './journey';

type Relationship = FamilyRecordQuery['family']['relationships'][number];

const STATUS_TAG = { TOGETHER: 'green', SEPARATED: 'yellow', RECONCILED: 'blue' } as const;

/** How members stand to each other; for couples, every separation and reconciliation, dated. */
export function RelationshipsSection({ relationships, names }: { relationships: Relationship[]; names: PersonNames }) {
  const couples = relationships.filter((relationship) => relationship.statusHistory.length || relationship.currentStatus);
  const others = relationships.filter((relationship) => !couples.includes(relationship));
  return (
    <section aria-labelledby="relationships">
      <h2 className="govuk-heading-l" id="relationships">
        Relationships
      </h2>
      {!relationships.length && <p className="govuk-body">No relationships are recorded.</p>}
      {couples.map((couple) => (
        <div className="govuk-summary-card" key={couple.id}>
          <div className="govuk-summary-card__title-wrapper">
            <h3 className="govuk-summary-card__title">
              {nameOf(names, couple.personId)} and {nameOf(names, couple.relatedPersonId)} ({humanise(couple.type).toLowerCase()}){' '}
              {couple.currentStatus && <Tag colour={STATUS_TAG[couple.currentStatus]}>{humanise(couple.currentStatus)}</Tag>}
            </h3>
          </div>
          <div className="govuk-summary-card__content">
            <dl className="govuk-summary-list">
              {couple.statusHistory.map((event) => (
                <div className="govuk-summary-list__row" key={event.id}>
                  <dt className="govuk-summary-list__key">{formatDate(event.occurredOn)}</dt>
                  <dd className="govuk-summary-list__value">
                    <p className="govuk-body govuk-!-margin-bottom-1">
                      <strong>{humanise(event.status)}</strong>
                      {event.leftHouseholdPersonId && `: ${nameOf(names, event.leftHouseholdPersonId)} left the household`}
                    </p>
                    <p className="govuk-body-s govuk-!-margin-0">
                      Note:{' '}
                      <Guarded record={event} field="note">
                        {event.note}
                      </Guarded>
                    </p>
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        </div>
      ))}
      {others.length > 0 && (
        <ul className="govuk-list govuk-list--bullet">
          {others.map((relationship) => (
            <li key={relationship.id}>
              {nameOf(names, relationship.personId)}: {humanise(relationship.type).toLowerCase()} of {nameOf(names, relationship.relatedPersonId)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
