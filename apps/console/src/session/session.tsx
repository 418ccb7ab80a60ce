import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { forgetAllDrafts } from './drafts';
import * as api from './session-api';

/** How long before the access token runs out the console offers to extend it. */
export const WARN_BEFORE_MS = 2 * 60_000;

type Status = 'restoring' | 'signed-out' | 'signed-in' | 'expired';

interface SessionState {
  status: Status;
  session?: api.Session;
  /** Milliseconds until the access token ends, while the warning shows. */
  warning?: number;
}

interface SessionControls extends SessionState {
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  extend(): Promise<void>;
  /** The API said the token is no longer good (expired, revoked, account deactivated). */
  ended(): void;
  accessToken(): string | undefined;
  /** Changes whenever a different person signs in, or signs out: the GraphQL cache is per identity. */
  identity: string;
}

const SessionContext = createContext<SessionControls | undefined>(undefined);

export function useSession(): SessionControls {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'restoring' });
  const [signOuts, setSignOuts] = useState(0);
  const token = useRef<string | undefined>(undefined);
  const lastUser = useRef<string | undefined>(undefined);

  const adopt = useCallback((session: api.Session) => {
    if (lastUser.current && lastUser.current !== session.user.id) forgetAllDrafts();
    lastUser.current = session.user.id;
    token.current = session.accessToken;
    setState({ status: 'signed-in', session });
  }, []);

  // A reload keeps the session (the refresh cookie), never the token: it lived in this page's memory.
  useEffect(() => {
    api.refresh().then(adopt, () => setState({ status: 'signed-out' }));
  }, [adopt]);

  // Warn before the token ends, then end the session if the user did not extend it.
  const expiresAt = state.session ? Date.parse(state.session.expiresAt) : undefined;
  useEffect(() => {
    if (state.status !== 'signed-in' || !expiresAt) return;
    const tick = () => {
      const left = expiresAt - Date.now();
      if (left <= 0) {
        token.current = undefined;
        setState((current) => ({ status: 'expired', session: current.session }));
      } else if (left <= WARN_BEFORE_MS) setState((current) => ({ ...current, warning: left }));
    };
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [state.status, expiresAt]);

  const controls = useMemo<SessionControls>(
    () => ({
      ...state,
      identity: `${state.status === 'signed-in' ? state.session?.user.id : 'none'}:${signOuts}`,
      accessToken: () => token.current,
      signIn: async (email, password) => adopt(await api.signIn(email, password)),
      extend: async () => adopt(await api.refresh()),
      ended: () => {
        token.current = undefined;
        setState((current) => (current.status === 'signed-in' ? { status: 'expired', session: current.session } : current));
      },
      signOut: async () => {
        token.current = undefined;
        lastUser.current = undefined;
        forgetAllDrafts();
        setSignOuts((n) => n + 1);
        setState({ status: 'signed-out' });
        await api.signOut().catch(() => undefined);
      },
    }),
    [state, signOuts, adopt],
  );
  return <SessionContext.Provider value={controls}>{children}</SessionContext.Provider>;
}
