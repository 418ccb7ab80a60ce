import { Link } from 'react-router';

/** The SafeLives parts of a MARAC, from the meeting page: research before it, who has researched, and the review of earlier actions. */
export function MaracProcessLinks({ meetingId, runsOrChairs }: { meetingId: string; runsOrChairs: boolean }) {
  return (
    <ul className="govuk-list">
      <li>
        <Link to={`/meetings/${meetingId}/research`} className="govuk-link">
          Agency research for each case
        </Link>
      </li>
      {runsOrChairs && (
        <li>
          <Link to={`/meetings/${meetingId}/research-status`} className="govuk-link">
            Research status by case and agency
          </Link>
        </li>
      )}
      <li>
        <Link to={`/meetings/${meetingId}/action-review`} className="govuk-link">
          Review of earlier actions
        </Link>
      </li>
    </ul>
  );
}
