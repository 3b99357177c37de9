import { expect, test } from '@playwright/test';
import { eventually, signIn, unique } from './helpers';

test.use({ locale: 'en-US' });

test('a visitor signs up through an invite link, joins a group and publishes a post that another member sees live', async ({ browser }) => {
  const visitorContext = await browser.newContext();
  const aliceContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  const alice = await aliceContext.newPage();

  await signIn(aliceContext, 'alice@demo.local');
  const invite = (await (await aliceContext.request.get('/api/me/invite')).json()) as { code: string };
  await visitor.goto(`/join/${invite.code}`);
  await expect(visitor.getByText('Alice invited you')).toBeVisible();

  const name = unique('Visitor');
  await visitor.getByLabel('Display name').fill(name);
  await visitor.getByLabel('Email').fill(`${name.toLowerCase()}@e2e.local`);
  await visitor.getByLabel('Password').fill('Visitor!Passw0rd');
  await visitor.getByRole('button', { name: 'Sign up' }).click();
  await expect(visitor.getByRole('link', { name })).toBeVisible();

  await visitor.goto('/groups/photography');
  await visitor.getByRole('button', { name: 'Join' }).click();
  await expect(visitor.getByRole('link', { name: 'New post' })).toBeVisible();

  // Alice has the group open before the post exists.
  await alice.goto('/groups/photography');
  await expect(alice.getByRole('heading', { name: 'Photography 摄影' })).toBeVisible();

  await visitor.getByRole('link', { name: 'New post' }).click();
  const title = unique('Golden hour ');
  await visitor.getByLabel('Title').fill(title);
  await visitor.getByLabel('Body (Markdown)').fill('First light over the **harbour**, shot on a phone at dawn.');
  await visitor.getByRole('button', { name: 'Preview' }).click();
  await expect(visitor.locator('.preview strong')).toHaveText('harbour');
  await visitor.getByRole('button', { name: 'Publish' }).click();
  await expect(visitor.getByRole('heading', { name: title })).toBeVisible();

  // Live: the banner comes over the hub, no reload.
  const banner = alice.getByRole('button', { name: /1 new posts/ });
  await expect(banner).toBeVisible();
  await banner.click();
  await expect(alice.getByRole('link', { name: title })).toBeVisible();
});

test('a member checks in and sees the streak and points', async ({ browser }) => {
  const context = await browser.newContext();
  await signIn(context, 'bob@demo.local');
  const page = await context.newPage();
  await page.goto('/check-in');
  await page.getByRole('button', { name: 'Check in', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Checked in today' })).toBeDisabled();
  await expect(page.getByTestId('streak')).toContainText('1-day streak');
  await page.goto('/growth');
  // The growth pipeline awards the check-in rule a moment later; the ledger says why.
  await eventually(page, () => expect(page.locator('.ledger li', { hasText: /check-in/i }).first()).toContainText('+', { timeout: 1_000 }));
});

test('an operator changes a point rule and the next post earns the new amount; invalid values are shown next to the field', async ({ browser }) => {
  const operatorContext = await browser.newContext();
  await signIn(operatorContext, 'operator@demo.local');
  const rules = await operatorContext.newPage();
  await rules.goto('/console/rules');
  await rules.locator('tr[data-rule="PostPublished"]').first().getByRole('button', { name: /Edit/ }).click();
  const form = rules.locator('form.rule-form');

  await form.getByLabel('Points').fill('0');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.locator('#points-error')).toBeVisible();
  await expect(form.getByLabel('Points')).toHaveAttribute('aria-invalid', 'true');

  await form.getByLabel('Points').fill('7');
  await form.getByRole('button', { name: 'Preview effect' }).click();
  await expect(form.getByTestId('preview')).toContainText('Over the last 30 days');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(rules.locator('tr[data-rule="PostPublished"]').first()).toContainText('7');
  await rules.goto('/console/audit');
  await expect(rules.getByRole('cell', { name: /update/i }).first()).toBeVisible();

  const memberContext = await browser.newContext();
  await signIn(memberContext, 'lihua@demo.local');
  const member = await memberContext.newPage();
  await member.goto('/groups/photography/compose');
  const title = unique('Rule check ');
  await member.getByLabel('Title').fill(title);
  await member.getByLabel('Body (Markdown)').fill('A long enough body so that the post earns points under the rule.');
  await member.getByRole('button', { name: 'Publish' }).click();
  await expect(member.getByRole('heading', { name: title })).toBeVisible();

  await member.goto('/growth');
  await eventually(member, () => expect(member.locator('.ledger li').first()).toContainText('+7', { timeout: 1_000 }));
});

test('switching to Chinese renders the feed in zh-CN, keeps it after a reload, and fits a phone-width screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  await signIn(context, 'alice@demo.local');
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your feed' })).toBeVisible();
  // The reload below must find the choice in the profile: wait for the PATCH, as a person's next page load would.
  const savedChinese = page.waitForResponse((r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH');
  await page.getByLabel('Language').selectOption('zh-CN');
  expect((await savedChinese).ok()).toBe(true);
  await expect(page.getByRole('heading', { name: '我的动态' })).toBeVisible();
  await expect(page.getByRole('link', { name: '小组' })).toBeVisible();
  await expect(page.locator('.post-card').first()).toContainText('条评论');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.reload();
  await expect(page.getByRole('heading', { name: '我的动态' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // Back to English: the choice is stored in Alice's profile, which later specs share.
  const savedEnglish = page.waitForResponse((r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH');
  await page.getByLabel('语言').selectOption('en');
  expect((await savedEnglish).ok()).toBe(true);
  await expect(page.getByRole('heading', { name: 'Your feed' })).toBeVisible();
});

test('keyboard only: skip link, then a post opens with Enter and a reaction toggles with Space', async ({ browser }) => {
  const context = await browser.newContext();
  await signIn(context, 'bob@demo.local');
  const page = await context.newPage();
  await page.goto('/groups/photography');
  // Tab only once the app has rendered: a key pressed while the shell is still loading focuses nothing.
  const firstPost = page.locator('.post-card h3 a').first();
  await expect(firstPost).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await firstPost.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('article.post h1')).toBeVisible();
  const like = page.getByRole('button', { name: 'React with Like' }).first();
  const pressed = await like.getAttribute('aria-pressed');
  await like.focus();
  await page.keyboard.press('Space');
  await expect(like).toHaveAttribute('aria-pressed', pressed === 'true' ? 'false' : 'true');
});

test('comments and reaction counts on an open post update live', async ({ browser }) => {
  const aliceContext = await browser.newContext();
  const bobContext = await browser.newContext();
  await signIn(aliceContext, 'alice@demo.local');
  await signIn(bobContext, 'bob@demo.local');
  const group = (await (await aliceContext.request.get('/api/groups/photography')).json()) as { id: string };
  const title = unique('Live thread ');
  const created = await aliceContext.request.post(`/api/groups/${group.id}/posts`, { data: { title, body: 'Watch this thread update while it is open.', tags: [] } });
  const post = (await created.json()) as { id: string };

  const alice = await aliceContext.newPage();
  await alice.goto(`/posts/${post.id}`);
  await expect(alice.getByRole('heading', { name: title })).toBeVisible();
  await alice.waitForTimeout(1_000); // let the page subscribe to the group

  const body = unique('Live comment ');
  expect((await bobContext.request.post(`/api/posts/${post.id}/comments`, { data: { body, parentCommentId: null } })).status()).toBe(201);
  await expect(alice.getByText(body)).toBeVisible();

  expect((await bobContext.request.put(`/api/posts/${post.id}/reactions/love`)).status()).toBe(200);
  // Second reaction button of the post (love), whatever language Alice's profile is in.
  await expect(alice.locator('article.post > .reactions button').nth(1)).toContainText('1');
  await expect(alice.locator('article.post > h2')).toContainText('1');
});
