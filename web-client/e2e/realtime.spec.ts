import { expect, test, type WebSocketRoute } from '@playwright/test';
import { signIn, unique } from './helpers';

test.use({ locale: 'en-US' });

test('an open feed that loses its connection catches up on reconnect: a post published meanwhile shows without a reload', async ({ browser }) => {
  const bobContext = await browser.newContext();
  const aliceContext = await browser.newContext();
  await signIn(bobContext, 'bob@demo.local');
  await signIn(aliceContext, 'alice@demo.local');
  const group = (await (await aliceContext.request.get('/api/groups/photography')).json()) as { id: string };
  const bob = await bobContext.newPage();

  // The hub's WebSocket goes through a route the test can cut, as a dropped mobile network would.
  const sockets: WebSocketRoute[] = [];
  await bob.routeWebSocket(/\/hubs\/community/, (ws) => {
    ws.connectToServer();
    sockets.push(ws);
  });
  await bob.goto('/groups/photography');
  await expect(bob.locator('.post-card').first()).toBeVisible();
  const connection = bob.getByTestId('connection');
  await expect(connection).toHaveAttribute('data-state', 'connected');

  // Drop only the live connection, as a proxy or a flaky mobile link does: the socket closes and reconnect
  // attempts fail, while the browser stays "online" (so the catch-up cannot come from TanStack's refetch-on-online).
  const refuse = (route: { abort: () => Promise<void> }) => route.abort();
  await bob.route('**/hubs/community/negotiate**', refuse);
  await Promise.all(sockets.map((ws) => ws.close()));
  await expect(connection).toHaveAttribute('data-state', 'reconnecting');
  await expect(connection).toHaveText('Connection lost; reconnecting…');

  const missed = unique('Published while offline ');
  const created = await aliceContext.request.post(`/api/groups/${group.id}/posts`, { data: { title: missed, body: 'Bob was offline when this went out.', tags: [] } });
  expect(created.status(), await created.text()).toBe(201);
  await bob.waitForTimeout(1_500);
  await expect(bob.getByRole('link', { name: missed })).toHaveCount(0);

  // The link comes back: the client reconnects and refetches the feed; no click, no reload.
  await bob.unroute('**/hubs/community/negotiate**', refuse);
  await expect(connection).toHaveAttribute('data-state', 'connected', { timeout: 30_000 });
  await expect(bob.getByRole('link', { name: missed })).toBeVisible();

  // The group subscription came back too: the next post arrives live as a banner.
  const live = unique('After reconnect ');
  expect((await aliceContext.request.post(`/api/groups/${group.id}/posts`, { data: { title: live, body: 'This one arrives over the hub.', tags: [] } })).status()).toBe(201);
  const banner = bob.getByRole('button', { name: /1 new posts/ });
  await expect(banner).toBeVisible();
  await banner.click();
  await expect(bob.getByRole('link', { name: live })).toBeVisible();
});
