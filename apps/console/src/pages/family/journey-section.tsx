import { useMemo } from 'react';
import { formatDate } from '../../components/display';
import type { FamilyJourneyQuery, FamilyRecordQuery } from '../../gql/graphql';
import { JourneyChart } from './journey-chart';
import { journeyFacts, LEVEL_LABELS, MarkKind } from './journey';

const MARK_WORDS: { [kind in MarkKind]: string } = {
  OPENED: 'Opened',
  REOPENED: 'Re-opened',
  STEP_UP: 'Step up',
  STEP_DOWN: 'Step down',
  CLOSED: 'Closed',
  SEPARATED: 'Separation',
  RECONCILED: 'Reconciliation',
  INCIDENT: 'Incident',
  MARAC: 'MARAC',
};

const today = () => new Date().toISOString().slice(0, 10);

/** The journey chart, its key, and the same facts as a table. */
export function JourneySection({ journey, record }: { journey: FamilyJourneyQuery['family']; record: FamilyRecordQuery['family'] }) {
  const facts = useMemo(() => journeyFacts(journey, record, today()), [journey, record]);
  return (
    <section aria-labelledby="journey">
      <h2 className="govuk-heading-l" id="journey">
        Journey
      </h2>
      {facts.lanes.length === 0 && facts.allMarks.length === 0 ? (
        <p className="govuk-body">No episodes or family events are recorded yet.</p>
      ) : (
        <>
          <JourneyChart facts={facts} familyName={record.name} />
          <JourneyKey />
          <table className="govuk-table" aria-describedby="journey-table-hint">
            <caption className="govuk-table__caption govuk-table__caption--m">Journey as a table ({facts.allMarks.length} events)</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Date
                </th>
                <th scope="col" className="govuk-table__header">
                  Event
                </th>
                <th scope="col" className="govuk-table__header">
                  Child
                </th>
                <th scope="col" className="govuk-table__header">
                  What happened
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {facts.allMarks.map((mark) => (
                <tr className="govuk-table__row" key={mark.key}>
                  <td className="govuk-table__cell">{formatDate(mark.date)}</td>
                  <td className="govuk-table__cell">{MARK_WORDS[mark.kind]}</td>
                  <td className="govuk-table__cell">{mark.childId ? (facts.lanes.find((lane) => lane.childId === mark.childId)?.name ?? '') : 'Family'}</td>
                  <td className="govuk-table__cell">{mark.label}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="govuk-hint" id="journey-table-hint">
            Oldest first. Episodes still open run to today.
          </p>
        </>
      )}
    </section>
  );
}

const KEY_LEVELS = ['EARLY_HELP', 'CIN', 'CP_PLAN', 'LAC'] as const;

/** The chart's key, in words beside each shape; the shapes are decoration for it. */
function JourneyKey() {
  return (
    <ul className="wm-journey-key govuk-body-s" aria-label="Key to the journey chart">
      {KEY_LEVELS.map((level) => (
        <li key={level}>
          <svg width="40" height="18" aria-hidden="true" focusable="false">
            <rect className={`wm-journey-key__swatch--${level}`} width="40" height="18" />
            <text x="4" y="13" className="wm-journey__bar-label">
              {LEVEL_LABELS[level]?.short}
            </text>
          </svg>
          {LEVEL_LABELS[level]?.long}
        </li>
      ))}
      <li>
        <svg width="14" height="12" aria-hidden="true" focusable="false">
          <polygon className="wm-journey__mark--step" points="1,11 13,11 7,1" />
        </svg>
        Step up
      </li>
      <li>
        <svg width="14" height="12" aria-hidden="true" focusable="false">
          <polygon className="wm-journey__mark--step" points="1,1 13,1 7,11" />
        </svg>
        Step down
      </li>
      <li>
        <svg width="6" height="18" aria-hidden="true" focusable="false">
          <rect className="wm-journey__mark--closed" x="1.5" width="3" height="18" />
        </svg>
        Closed
      </li>
      <li>
        <svg width="16" height="16" aria-hidden="true" focusable="false">
          <circle className="wm-journey__mark--reopened" cx="8" cy="8" r="5" />
        </svg>
        Re-opened
      </li>
      <li>S: separation (orange dashed line)</li>
      <li>R: reconciliation (turquoise dashed line)</li>
      <li>!: incident</li>
      <li>M: MARAC</li>
    </ul>
  );
}
