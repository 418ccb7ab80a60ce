import { ReactNode } from 'react';

export const NOT_SHOWN = 'Not shown to your role';

/**
 * A value the API may hide: "Not shown to your role" when the record's `hiddenFields` names it,
 * never an empty cell or "none" that would read as a fact.
 */
export function Guarded({
  record,
  field,
  children,
  empty = 'Not recorded',
}: {
  record: { hiddenFields?: readonly string[] | null };
  field: string;
  children: ReactNode;
  empty?: string;
}) {
  if (record.hiddenFields?.includes(field)) return <span className="wm-not-shown">{NOT_SHOWN}</span>;
  const blank = children === null || children === undefined || children === '' || (Array.isArray(children) && children.length === 0);
  return <>{blank ? <span className="wm-not-shown">{empty}</span> : children}</>;
}

export function SummaryList({ rows }: { rows: Array<[string, ReactNode]> }) {
  return (
    <dl className="govuk-summary-list">
      {rows.map(([key, value]) => (
        <div className="govuk-summary-list__row" key={key}>
          <dt className="govuk-summary-list__key">{key}</dt>
          <dd className="govuk-summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Table({ caption, head, rows, captionSize = 'm' }: { caption: string; head: string[]; rows: ReactNode[][]; captionSize?: 's' | 'm' | 'l' }) {
  return (
    <table className="govuk-table">
      <caption className={`govuk-table__caption govuk-table__caption--${captionSize}`}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {head.map((label) => (
            <th scope="col" className="govuk-table__header" key={label}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((cells, index) => (
          <tr className="govuk-table__row" key={index}>
            {cells.map((cell, column) => (
              <td className="govuk-table__cell" key={column}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const TAG_COLOURS: Record<string, string> = {
  red: 'govuk-tag--red',
  green: 'govuk-tag--green',
  grey: 'govuk-tag--grey',
  yellow: 'govuk-tag--yellow',
  blue: 'govuk-tag--blue',
};

export function Tag({ children, colour }: { children: ReactNode; colour?: keyof typeof TAG_COLOURS }) {
  return <strong className={`govuk-tag ${colour ? TAG_COLOURS[colour] : ''}`}>{children}</strong>;
}

/** A page-level message for a refusal or an outage: what happened, in words, and what to do. */
export function Problem({ title = 'There is a problem', children }: { title?: string; children: ReactNode }) {
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="problem-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="problem-title">
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <div className="govuk-body">{children}</div>
      </div>
    </div>
  );
}

export function Success({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="success-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="success-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}

export const Loading = () => (
  <p className="govuk-body" role="status">
    Loading…
  </p>
);

export const humanise = (value: string | null | undefined) => (value ? value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ') : '');

export const formatDate = (value: string | null | undefined) =>
  value ? new Date(value).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/London' }) : '';

export const formatDateTime = (value: string | null | undefined) =>
  value
    ? new Date(value).toLocaleString('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'Europe/London',
      })
    : '';
