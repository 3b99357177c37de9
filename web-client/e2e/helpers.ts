import { expect, type BrowserContext, type Page } from '@playwright/test';

export const demoPassword = 'Community!2026';

/** Signs a browser context in with the cookie scheme, as the sign-in form does. */
export async function signIn(context: BrowserContext, email: string, password = demoPassword) {
  const response = await context.request.post('/api/auth/login?useCookies=true', { data: { email, password } });
  expect(response.status(), await response.text()).toBe(200);
}

export const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** Reloads until the locator shows up: for effects that arrive through the outbox a moment after the action. */
export async function eventually(page: Page, check: () => Promise<void>, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await page.waitForTimeout(500);
      await page.reload();
    }
  }
}
