import { ReactNode, useMemo } from 'react';
import { cacheExchange, Client, fetchExchange, mapExchange, Provider } from 'urql';
import { useSession } from '../session/session';

/**
 * One GraphQL client per signed-in identity: signing out (or another person signing in) makes a new
 * one, so nothing the last person read stays in the cache of a shared workstation.
 */
export function GraphqlProvider({ children }: { children: ReactNode }) {
  const session = useSession();
  const { identity, accessToken, ended } = session;
  const client = useMemo(
    () =>
      new Client({
        url: '/graphql',
        requestPolicy: 'cache-and-network',
        preferGetMethod: false,
        fetchOptions: (): RequestInit => {
          const token = accessToken();
          return { headers: token ? { authorization: `Bearer ${token}` } : {} };
        },
        exchanges: [
          mapExchange({
            onError(error) {
              if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) ended();
            },
          }),
          cacheExchange,
          fetchExchange,
        ],
      }),
    // A new client per identity only: accessToken and ended read the session as it is now.
    [identity],
  );
  return <Provider value={client}>{children}</Provider>;
}
