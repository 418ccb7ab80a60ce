import { ReactNode } from 'react';
import { useLocation } from 'react-router';
import type { CombinedError } from 'urql';
import { Problem, Success } from '../../components/display';
import { codeOf } from '../../graphql/errors';
import { useSession } from '../../session/session';

/**
 * A screen for some roles only: anyone else reads plainly that it is not available to them (the API
 * refuses them too). Shows `success`, else the success message a previous step left in the navigation state.
 */
export function RoleScreen(props: { title: string; roles: string[]; error?: CombinedError; success?: string; children: ReactNode }) {
  const { title, roles, error, children } = props;
  const session = useSession();
  const location = useLocation();
  const mine = session.session?.user.roles ?? [];
  const success = props.success || (location.state as { success?: string } | null)?.success;
  const refused = !mine.some((role) => roles.includes(role)) || codeOf(error) === 'FORBIDDEN';
  return (
    <>
      {success && !refused && <Success>{success}</Success>}
      <h1 className="govuk-heading-l">{title}</h1>
      {refused ? (
        <Problem title="Not available">This screen is not available to your role.</Problem>
      ) : (
        <>
          {error && <Problem>{error.graphQLErrors[0]?.message ?? 'This could not be loaded. Try again in a moment.'}</Problem>}
          {children}
        </>
      )}
    </>
  );
}

export const ADMIN = ['ADMIN'];
export const MANAGER = ['MANAGER'];
