import type { CombinedError } from 'urql';
import { Problem } from '../../components/display';
import { codeOf } from '../../graphql/errors';

/** Why a screen could not be shown, plainly: refused to the role, not found, or an outage. */
export function PageError({ heading, error, refusal }: { heading: string; error: CombinedError; refusal: string }) {
  const code = codeOf(error);
  return (
    <>
      <h1 className="govuk-heading-l">{heading}</h1>
      {code === 'FORBIDDEN' ? (
        <Problem title="Not available">{refusal}</Problem>
      ) : code === 'NOT_FOUND' ? (
        <Problem title="Not found">Nothing you can see has this address.</Problem>
      ) : (
        <Problem>{error.graphQLErrors[0]?.message ?? 'This could not be loaded. Try again in a moment.'}</Problem>
      )}
    </>
  );
}
