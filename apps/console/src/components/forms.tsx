import { ReactNode, useEffect, useRef } from 'react';
import type { ProblemList } from '../graphql/errors';

/** The GOV.UK error summary: focused when it appears, each problem linking to its field. */
export function ErrorSummary({ problems }: { problems: ProblemList }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.summary.length) ref.current?.focus();
  }, [problems]);
  if (!problems.summary.length) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {problems.summary.map((problem, index) => (
              <li key={index}>{problem.field ? <a href={`#${fieldId(problem.field)}`}>{problem.message}</a> : problem.message}</li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

/** The element id for an API field path, so the summary's links land on the field. */
export const fieldId = (field: string) => `field-${field.replace(/[^a-zA-Z0-9]+/g, '-')}`;

const describedByOf = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** The GOV.UK hint and error message under a label or legend, with the ids aria-describedby names. */
function HintAndError({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
    </>
  );
}

interface FieldProps {
  /** The API's name for the field (matches `extensions.fields`). */
  name: string;
  label: string;
  hint?: string;
  error?: string;
  children: (props: { id: string; describedBy?: string; invalid: boolean }) => ReactNode;
}

function FormGroup({ name, label, hint, error, children }: FieldProps) {
  const id = fieldId(name);
  const describedBy = describedByOf(id, hint, error);
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children({ id, describedBy, invalid: !!error })}
    </div>
  );
}

type Common = { name: string; label: string; hint?: string; problems: ProblemList; value: string; onChange: (value: string) => void };

export function TextInput(
  props: Common & { type?: 'text' | 'email' | 'password' | 'date' | 'datetime-local' | 'number'; width?: string; autoComplete?: string },
) {
  const { name, problems, value, onChange, type = 'text', width, autoComplete } = props;
  return (
    <FormGroup {...props} error={problems.byField[name]}>
      {({ id, describedBy, invalid }) => (
        <input
          className={`govuk-input${width ? ` govuk-input--width-${width}` : ''}${invalid ? ' govuk-input--error' : ''}`}
          id={id}
          name={name}
          type={type}
          value={value}
          autoComplete={autoComplete}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormGroup>
  );
}

export function Textarea(props: Common & { rows?: number }) {
  const { name, problems, value, onChange, rows = 3 } = props;
  return (
    <FormGroup {...props} error={problems.byField[name]}>
      {({ id, describedBy, invalid }) => (
        <textarea
          className={`govuk-textarea${invalid ? ' govuk-textarea--error' : ''}`}
          id={id}
          name={name}
          rows={rows}
          value={value}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormGroup>
  );
}

export function Select(props: Common & { options: Array<{ value: string; label: string }>; placeholder?: string }) {
  const { name, problems, value, onChange, options, placeholder } = props;
  return (
    <FormGroup {...props} error={problems.byField[name]}>
      {({ id, describedBy, invalid }) => (
        <select
          className={`govuk-select${invalid ? ' govuk-select--error' : ''}`}
          id={id}
          name={name}
          value={value}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormGroup>
  );
}

/** GOV.UK radios in a fieldset; `small` for long lists such as the DASH questions. */
export function Radios(props: Common & { options: Array<{ value: string; label: string }>; inline?: boolean; small?: boolean }) {
  const { name, label, hint, problems, value, onChange, options, inline, small } = props;
  const id = fieldId(name);
  const error = problems.byField[name];
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedByOf(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className={`govuk-radios${inline ? ' govuk-radios--inline' : ''}${small ? ' govuk-radios--small' : ''}`}>
          {options.map((option, index) => (
            <div className="govuk-radios__item" key={option.value}>
              <input
                className="govuk-radios__input"
                id={index === 0 ? id : `${id}-${index}`}
                name={name}
                type="radio"
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={index === 0 ? id : `${id}-${index}`}>
                {option.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

export function Checkboxes(
  props: Omit<Common, 'value' | 'onChange'> & { options: Array<{ value: string; label: string }>; values: string[]; onChange: (values: string[]) => void },
) {
  const { name, label, hint, problems, values, onChange, options } = props;
  const id = fieldId(name);
  const error = problems.byField[name];
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedByOf(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {options.map((option, index) => (
            <div className="govuk-checkboxes__item" key={option.value}>
              <input
                className="govuk-checkboxes__input"
                id={index === 0 ? id : `${id}-${index}`}
                type="checkbox"
                checked={values.includes(option.value)}
                onChange={(event) => onChange(event.target.checked ? [...values, option.value] : values.filter((v) => v !== option.value))}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={index === 0 ? id : `${id}-${index}`}>
                {option.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

export function Button({
  children,
  secondary,
  warning,
  disabled,
  type = 'submit',
  onClick,
}: {
  children: ReactNode;
  secondary?: boolean;
  warning?: boolean;
  disabled?: boolean;
  type?: 'submit' | 'button';
  onClick?: () => void;
}) {
  const kind = secondary ? ' govuk-button--secondary' : warning ? ' govuk-button--warning' : '';
  return (
    <button type={type} className={`govuk-button${kind}`} data-module="govuk-button" disabled={disabled} aria-disabled={disabled} onClick={onClick}>
      {children}
    </button>
  );
}
