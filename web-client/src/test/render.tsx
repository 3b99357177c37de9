import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { vi } from 'vitest';
import { I18nProvider, type Locale } from '../i18n/i18n';
import { HubContext } from '../realtime/hub';

/** A fake hub whose server messages a test raises with emit(). */
export function fakeHub() {
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  return {
    connected: true,
    on(event: string, listener: (p: unknown) => void) {
      const set = listeners.get(event.toLowerCase()) ?? new Set();
      listeners.set(event.toLowerCase(), set);
      set.add(listener);
      return () => set.delete(listener);
    },
    invoke: async () => {},
    emit(event: string, payload: unknown) {
      listeners.get(event.toLowerCase())?.forEach((l) => l(payload));
    },
  };
}

export function renderWith(ui: ReactNode, { locale = 'en', hub = fakeHub(), path = '/' }: { locale?: Locale; hub?: ReturnType<typeof fakeHub>; path?: string } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(
    <QueryClientProvider client={client}>
      <I18nProvider initial={locale}>
        <HubContext.Provider value={hub}>
          <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
        </HubContext.Provider>
      </I18nProvider>
    </QueryClientProvider>,
  );
  return { ...result, client, hub };
}

/** Replaces fetch with a function of (method, path, body) that returns [status, json]. */
export function mockFetch(handler: (method: string, path: string, body: unknown) => [number, unknown]) {
  const calls: { method: string; path: string; body: unknown }[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), 'http://localhost'), init);
    const url = new URL(request.url);
    const text = await request.clone().text();
    const body = text ? JSON.parse(text) : undefined;
    calls.push({ method: request.method, path: url.pathname + url.search, body });
    const [status, json] = handler(request.method, url.pathname, body);
    return new Response(json === undefined ? null : JSON.stringify(json), { status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' } });
  });
  vi.stubGlobal('fetch', fn);
  return calls;
}
