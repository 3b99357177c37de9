import { expect, test } from '@playwright/test';
import { signIn, unique } from './helpers';

test.use({ locale: 'en-US' });

test('the console edits a badge, sends an announcement, and manages seasons and campaign codes with translated field errors', async ({ browser }) => {
  const context = await browser.newContext();
  await signIn(context, 'operator@demo.local');
  const page = await context.newPage();

  // Badge edit: created through the API, renamed through the form.
  const name = unique('Edit me ');
  const created = await context.request.post('/api/admin/badges', {
    data: { nameEn: name, nameZh: '待编辑', icon: '🎯', manual: false, criterion: { operator: 'and', conditions: [{ metric: 'posts_published', comparison: 'gte', threshold: 3 }] } },
  });
  expect(created.status(), await created.text()).toBe(201);
  await page.goto('/console/badges');
  await page.getByRole('button', { name: `Edit ${name}` }).click();
  await expect(page.getByLabel('Threshold')).toHaveValue('3');
  await page.getByLabel('Name (English)').fill('');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('This field is required.')).toBeVisible();
  await page.getByLabel('Name (English)').fill(`${name} renamed`);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: `Edit ${name} renamed` })).toBeVisible();

  await page.goto('/console/announcements');
  await page.getByLabel('Title (English)').fill('Maintenance tonight');
  await page.getByRole('button', { name: 'Send to every member' }).click();
  await expect(page.locator('#titleZh-error')).toHaveText('This field is required.');
  await page.getByLabel('Title (Chinese)').fill('今晚维护');
  await page.getByRole('button', { name: 'Send to every member' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sent.' })).toBeVisible();

  // In Chinese, the server's field codes come back as Chinese messages.
  // The profile keeps the language; wait for it to be saved before the next page load reads it.
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH');
  await page.getByLabel('Language').selectOption('zh-CN');
  await saved;
  await page.goto('/console/seasons');
  await page.getByLabel('名称').fill(unique('Season '));
  await page.getByLabel('开始日期').fill('2027-03-01');
  await page.getByLabel('结束日期').fill('2027-02-01');
  await page.getByRole('button', { name: '创建' }).click();
  await expect(page.locator('#endsOn-error')).toHaveText('不得小于 2027-03-01。');

  await page.goto('/console/campaigns');
  await page.getByLabel('名称', { exact: true }).fill('Meetup');
  await page.getByLabel(/^渠道/).fill('Offline Meetup');
  await page.getByRole('button', { name: '创建' }).click();
  await expect(page.locator('#channel-error')).toHaveText('只能使用小写字母、数字和单个连字符，例如 wx-2026。');
  const channel = unique('meetup-').toLowerCase().replace(/[^a-z0-9]+/g, '-');
  await page.getByLabel(/^渠道/).fill(channel);
  await page.getByRole('button', { name: '创建' }).click();
  const row = page.getByTestId('campaign').filter({ hasText: channel });
  await expect(row).toContainText('有效');
  await row.getByRole('button', { name: /撤销/ }).click();
  await expect(row).toContainText('已撤销');

  await page.goto('/console/referrals');
  await expect(page.getByTestId('viral-k')).toBeVisible();
  await page.getByLabel('开始日期').fill('2027-02-01');
  await page.getByLabel('结束日期').fill('2026-01-01');
  await page.getByRole('button', { name: '查看' }).click();
  await expect(page.locator('#from-error')).toHaveText('开始日期不能晚于结束日期，且范围最多 366 天。');

  // Back to English: the operator's profile is shared with the other specs.
  const restored = page.waitForResponse((r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH');
  await page.getByLabel('语言').selectOption('en');
  await restored;
  await expect(page.getByRole('heading', { name: 'Operator console' })).toBeVisible();
});
