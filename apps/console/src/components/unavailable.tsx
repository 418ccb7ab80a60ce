import { CombinedError } from 'urql';
import { codeOf } from '../graphql/errors';
import { Problem } from './display';

/**
 * A screen whose record could not be opened, said plainly under the screen's own heading: refused to
 * this role (with the API's reason, which says how to ask for access), not found, or not loaded.
 */
export function ScreenUnavailable({ heading, what, error }: { heading: string; what: string; error?: CombinedError }) {
  const code = codeOf(error);
  const reason = error?.graphQLErrors[0]?.message;
  return (
    <>
      <h1 className="govuk-heading-l">{heading}</h1>
      {code === 'FORBIDDEN' ? (
        <Problem title="Not available">
          <p className="govuk-body">{`${what} is not available to your role.`}</p>
          {reason && <p className="govuk-body">{reason}</p>}
        </Problem>
      ) : code === 'NOT_FOUND' || !error ? (
        <Problem title="Not found">{`No ${what.toLowerCase()} you can see has this address.`}</Problem>
      ) : (
        <Problem>{reason ?? `${what} could not be loaded. Try again in a moment.`}</Problem>
      )}
    </>
  );
}
