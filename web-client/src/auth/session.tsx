import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client';
import { ApiProblem } from '../api/problem';

export type Me = Schemas['ProfileResponse'];

/** The signed-in member, or null for a visitor (401). */
export const meQuery = {
  queryKey: ['me'],
  queryFn: async (): Promise<Me | null> => {
    try {
      return await unwrap(api.GET('/api/me'));
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 60_000,
};

export function useMe() {
  return useQuery(meQuery);
}

export const isOperator = (me: Me | null | undefined) => !!me?.roles.some((r) => r === 'Operator' || r === 'Admin');

export function useSession() {
  const client = useQueryClient();
  return {
    async signIn(email: string, password: string) {
      await unwrap(api.POST('/api/auth/login', { params: { query: { useCookies: true } }, body: { email, password } }));
      client.clear();
      await client.fetchQuery(meQuery);
    },
    async signOut() {
      await unwrap(api.POST('/api/auth/logout'));
      client.clear();
      client.setQueryData(['me'], null);
    },
  };
}
