import createClient from 'openapi-fetch';
import type { components, paths } from '@api/schema';
import { ApiProblem, toProblem } from './problem';

export type Schemas = components['schemas'];

// Same origin in production (the host serves the app) and through Vite's proxy in development; cookie auth.
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'same-origin',
  // Looked up per call, so tests can stub fetch after this module loaded.
  fetch: (request) => globalThis.fetch(request),
});

/** Turns an openapi-fetch result into its data or a thrown ApiProblem, so queries and forms share one error path. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw toProblem(response.status, error);
  return data as T;
}

export { ApiProblem };
