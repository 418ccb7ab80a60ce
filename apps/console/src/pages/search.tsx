import { FormEvent } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, Guarded, Loading, Problem, Table } from '../components/display';
import { Button, ErrorSummary, fieldId, TextInput } from '../components/forms';
import { PersonSearchInput, SearchPeopleDocument, SearchPeopleQuery } from '../gql/graphql';
import { codeOf, ProblemList, problemsOf } from '../graphql/errors';
import { useDraft } from '../session/drafts';

interface SearchForm {
  name: string;
  day: string;
  month: string;
  year: string;
  postcodeArea: string;
}

const EMPTY: SearchForm = { name: '', day: '', month: '', year: '', postcodeArea: '' };

/**
 * The criteria as the API takes them. A partly filled date is still sent (with the missing parts
 * as zeros) so that the API says it is not a real date, beside the field, as for any other problem.
 */
function criteriaOf(form: SearchForm): PersonSearchInput {
  const parts = [form.year.trim(), form.month.trim(), form.day.trim()];
  const dateOfBirth = parts.some(Boolean) ? `${parts[0].padStart(4, '0')}-${parts[1].padStart(2, '0')}-${parts[2].padStart(2, '0')}` : undefined;
  return { name: form.name.trim() || undefined, dateOfBirth, postcodeArea: form.postcodeArea.trim() || undefined };
}

/** The API names the date format for callers who type it; here the date is asked for in three boxes. */
function forThisForm(problems: ProblemList): ProblemList {
  const plain = (message: string) => message.replace(', YYYY-MM-DD', '');
  return {
    summary: problems.summary.map((problem) => ({ ...problem, message: plain(problem.message) })),
    byField: Object.fromEntries(Object.entries(problems.byField).map(([field, message]) => [field, plain(message)])),
  };
}

/**
 * "Find a person or family": searches only the people the user's involvement lets them see, so
 * nothing here can say that anyone else exists. The criteria stay in memory (never in the address,
 * which browsers keep in their history).
 */
export function SearchPage() {
  const [form, setForm] = useDraft<SearchForm>('search', EMPTY);
  // Kept like the form, so that coming back from a family shows the same results again.
  const [criteria, setCriteria] = useDraft<PersonSearchInput | null>('search-criteria', null);
  const [{ data, error, fetching }] = useQuery({
    query: SearchPeopleDocument,
    variables: { input: criteria ?? {} },
    pause: !criteria,
    requestPolicy: 'network-only',
  });
  const set = (field: keyof SearchForm) => (value: string) => setForm((current) => ({ ...current, [field]: value }));
  const problems = forThisForm(problemsOf(error));
  const refused = codeOf(error) === 'FORBIDDEN';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCriteria(criteriaOf(form));
  };

  return (
    <>
      <ErrorSummary problems={refused ? { summary: [], byField: {} } : problems} />
      <h1 className="govuk-heading-l">Find a person or family</h1>
      <p className="govuk-body">Search the people in families you work with. Give any of these details; everyone found matches all of them.</p>
      {refused && <Problem>{error?.graphQLErrors[0]?.message}</Problem>}
      <form onSubmit={submit} noValidate>
        <TextInput
          name="input.name"
          label="Name or other name"
          hint="A full name, a first name, a last name or another name they are known by. Accents, capitals, spaces and hyphens do not matter."
          problems={problems}
          value={form.name}
          onChange={set('name')}
          width="20"
          autoComplete="off"
        />
        <DateOfBirth form={form} set={set} error={problems.byField['input.dateOfBirth']} />
        <TextInput
          name="input.postcodeArea"
          label="Postcode area"
          hint="The first part of the postcode, for example M14 or SW1A."
          problems={problems}
          value={form.postcodeArea}
          onChange={set('postcodeArea')}
          width="5"
          autoComplete="off"
        />
        <Button>Search</Button>
      </form>
      {fetching && <Loading />}
      {data && !fetching && <Results result={data.searchPeople} />}
    </>
  );
}

/** The GOV.UK date input: day, month and year in one fieldset, its error beside it. */
function DateOfBirth({ form, set, error }: { form: SearchForm; set: (field: keyof SearchForm) => (value: string) => void; error?: string }) {
  const id = fieldId('input.dateOfBirth');
  const parts: Array<[keyof SearchForm, string, string]> = [
    ['day', 'Day', '2'],
    ['month', 'Month', '2'],
    ['year', 'Year', '4'],
  ];
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Date of birth</legend>
        <div id={`${id}-hint`} className="govuk-hint">
          For example, 27 3 2019. For an unborn child, the expected date.
        </div>
        {error && (
          <p id={`${id}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="govuk-date-input">
          {parts.map(([part, label, width], index) => (
            <div className="govuk-date-input__item" key={part}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={index === 0 ? id : `${id}-${part}`}>
                  {label}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}`}
                  id={index === 0 ? id : `${id}-${part}`}
                  name={`dateOfBirth-${part}`}
                  type="text"
                  inputMode="numeric"
                  value={form[part]}
                  onChange={(event) => set(part)(event.target.value)}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

function Results({ result }: { result: SearchPeopleQuery['searchPeople'] }) {
  if (!result.nodes.length) {
    return (
      <div className="govuk-!-margin-top-6" role="status">
        <h2 className="govuk-heading-m">No one found</h2>
        <p className="govuk-body">No one in the families you work with matches these details.</p>
        <p className="govuk-body">Check the spelling, or search with fewer details.</p>
      </div>
    );
  }
  const count = result.nodes.length;
  return (
    <div className="govuk-!-margin-top-6">
      <Table
        caption={result.pageInfo.hasNextPage ? `The first ${count} people found` : `${count} ${count === 1 ? 'person' : 'people'} found`}
        head={['Name', 'Date of birth', 'Other names', 'Postcode area', 'Families']}
        rows={result.nodes.map(({ person, families }) => [
          `${person.givenName} ${person.familyName}`,
          person.dateOfBirth ? (
            formatDate(person.dateOfBirth)
          ) : person.expectedDateOfBirth ? (
            `Expected ${formatDate(person.expectedDateOfBirth)}`
          ) : (
            <span className="wm-not-shown">Not recorded</span>
          ),
          <Guarded record={person} field="aliases" empty="None recorded">
            {person.aliases?.join(', ')}
          </Guarded>,
          <Guarded record={person} field="postcodeArea">
            {person.postcodeArea}
          </Guarded>,
          families.length ? (
            <ul className="govuk-list govuk-!-margin-0">
              {families.map((family) => (
                <li key={family.id}>
                  <Link className="govuk-link" to={`/families/${family.id}`}>
                    {family.name}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <span className="wm-not-shown">Not in a family you work with</span>
          ),
        ])}
      />
      {result.pageInfo.hasNextPage && (
        <p className="govuk-body">More people match than are shown here. Add a date of birth or postcode area to narrow the search.</p>
      )}
    </div>
  );
}
