import { useState } from 'react';
import { fieldId } from '../../components/forms';
import type { ProblemList } from '../../graphql/errors';

/**
 * Agencies involved, chosen one at a time from the partnership's list (it is too long for
 * checkboxes), each chosen one shown with a way to remove it.
 */
export function AgencyPicker({
  agencies,
  chosen,
  onChange,
  problems,
}: {
  agencies: Array<{ id: string; name: string }>;
  chosen: string[];
  onChange: (ids: string[]) => void;
  problems: ProblemList;
}) {
  const [pick, setPick] = useState('');
  const id = fieldId('agencyIds');
  const error = problems.byField.agencyIds;
  const names = new Map(agencies.map((agency) => [agency.id, agency.name]));
  const sorted = [...agencies].sort((a, b) => a.name.localeCompare(b.name)).filter((agency) => !chosen.includes(agency.id));
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        Agencies involved
      </label>
      <div id={`${id}-hint`} className="govuk-hint">
        Include agencies whose practitioners have no account. Choose one, then add it.
      </div>
      {error && (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      {chosen.length > 0 && (
        <ul className="govuk-list govuk-list--bullet" aria-label="Agencies added">
          {chosen.map((agencyId) => (
            <li key={agencyId}>
              {names.get(agencyId) ?? agencyId}{' '}
              <button type="button" className="wm-link-button" onClick={() => onChange(chosen.filter((c) => c !== agencyId))}>
                Remove<span className="govuk-visually-hidden"> {names.get(agencyId)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="wm-inline-actions">
        <select
          className={`govuk-select${error ? ' govuk-select--error' : ''}`}
          id={id}
          value={pick}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(event) => setPick(event.target.value)}
        >
          <option value="">Choose an agency</option>
          {sorted.map((agency) => (
            <option key={agency.id} value={agency.id}>
              {agency.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
          data-module="govuk-button"
          onClick={() => {
            if (pick) onChange([...chosen, pick]);
            setPick('');
          }}
        >
          Add agency
        </button>
      </div>
    </div>
  );
}
