/** The console's session routes (apps/api SessionController); everything else goes through GraphQL. */
export interface SessionUser {
  id: string;
  displayName: string;
  agencyId: string;
  roles: string[];
}

export interface Session {
  accessToken: string;
  expiresAt: string;
  sessionEndsAt: string;
  user: SessionUser;
}

export class SessionError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

const CSRF_COOKIE = 'waymark_csrf';

function csrfValue(): string {
  const match = document.cookie.split('; ').find((part) => part.startsWith(`${CSRF_COOKIE}=`));
  return match ? decodeURIComponent(match.slice(CSRF_COOKIE.length + 1)) : '';
}

async function call(method: string, path: string, body?: unknown): Promise<Session | undefined> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-waymark-csrf': csrfValue() },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new SessionError('Waymark cannot be reached. Check your connection and try again.', 'UNAVAILABLE');
  }
  if (response.status === 204) return undefined;
  const answer = await response.json().catch(() => ({}));
  if (response.ok) return answer as Session;
  const error = answer?.errors?.[0];
  const fields = Object.fromEntries(
    ((error?.extensions?.fields ?? []) as Array<{ field: string; problems: string[] }>).map((f) => [f.field, f.problems.join('; ')]),
  );
  throw new SessionError(error?.message ?? 'Signing in did not work. Try again.', error?.extensions?.code ?? 'INTERNAL', fields);
}

export const signIn = (email: string, password: string) => call('POST', '/auth/session', { email, password }) as Promise<Session>;
export const refresh = () => call('POST', '/auth/session/refresh') as Promise<Session>;
export const signOut = () => call('DELETE', '/auth/session');
