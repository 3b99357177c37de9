import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

test.use({ locale: 'en-US' });

const memberPages: [string, RegExp][] = [
  ['/', /Your feed/],
  ['/groups', /Groups/],
  ['/groups/photography', /Photography/],
  ['/search?q=photo', /Search/],
  ['/tags/photography', /Posts tagged/],
  ['/growth', /My growth/],
  ['/leaderboards', /Leaderboards/],
  ['/rewards', /Rewards shop/],
  ['/check-in', /Daily check-in/],
  ['/invite', /Invite friends/],
  ['/settings', /Settings/],
  ['/notifications', /Notifications/],
];
const consolePages = ['rules', 'levels', 'badges', 'rewards', 'challenges', 'seasons', 'announcements', 'campaigns', 'referrals', 'redemptions', 'audit'];

test('every page renders without a script error for an operator, in English and Chinese', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  await signIn(context, 'operator@demo.local');
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  for (const [path, heading] of memberPages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first(), path).toHaveText(heading);
  }
  for (const tab of consolePages) {
    await page.goto(`/console/${tab}`);
    await expect(page.getByRole('heading', { name: 'Operator console' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(page.getByRole('heading', { name: '运营后台' })).toBeVisible();
  for (const tab of consolePages) {
    await page.goto(`/console/${tab}`);
    await expect(page.getByRole('heading', { name: '运营后台' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
  for (const [path] of memberPages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first(), path).toBeVisible();
  }
  await page.goto('/growth');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的成长');
  // Back to English so the profile is as the demo seeded it.
  await page.getByLabel('语言').selectOption('en');
  expect(errors).toEqual([]);
});

test('members do not see the console, and visitors are sent to sign in for member pages', async ({ browser }) => {
  const member = await browser.newContext();
  await signIn(member, 'bob@demo.local');
  const page = await member.newPage();
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Console' })).toHaveCount(0);
  await page.goto('/console/rules');
  await expect(page.getByRole('alert')).toHaveText('Only operators can open the console.');

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/growth');
  await expect(visitor).toHaveURL(/\/login$/);
  await visitor.getByLabel('Email').fill('bob@demo.local');
  await visitor.getByLabel('Password').fill('Community!2026');
  await visitor.getByRole('button', { name: 'Sign in' }).click();
  await expect(visitor).toHaveURL(/\/growth$/);
  await expect(visitor.getByTestId('level')).toContainText('Level');
});
