import { fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { mockFetch, renderWith } from '../test/render';
import { Leaderboards } from './Leaderboards';
import { Register } from './Register';
import { Growth } from './Growth';

const me = { id: 'u-me', email: 'me@x', displayName: 'Me', bio: null, avatarUrl: null, timeZone: 'UTC', locale: 'en', interests: [], region: null, profileComplete: true, roles: [], createdAt: '2026-11-01T00:00:00Z', leaderboardOptOut: false };

describe('Leaderboards', () => {
  it('highlights my row and states my rank', async () => {
    mockFetch((_, path) => {
      if (path === '/api/me') return [200, me];
      if (path === '/api/groups') return [200, { items: [], nextCursor: null }];
      return [200, { period: 'week', key: '2026-W48', groupId: null, items: [
        { rank: 1, userId: 'u-a', displayName: 'Alice', avatarUrl: null, points: 40 },
        { rank: 2, userId: 'u-me', displayName: 'Me', avatarUrl: null, points: 12 },
      ], me: { rank: 2, points: 12, ranked: true } }];
    });
    renderWith(<Leaderboards />);
    const mine = await screen.findByText('Me', { selector: 'td' });
    expect(mine.closest('tr')?.getAttribute('aria-current')).toBe('true');
    expect(screen.getByText('Alice').closest('tr')?.getAttribute('aria-current')).toBeNull();
    expect(await screen.findByText('You: rank 2, 12 points')).toBeTruthy();
  });
});

describe('Growth', () => {
  it('shows the level, progress to the next one and what it unlocks', async () => {
    mockFetch((_, path) => {
      if (path === '/api/me/points') return [200, { userId: 'u', xp: 80, balance: 30, level: { number: 2, nameEn: 'Regular', nameZh: '常客', xpThreshold: 50, privileges: ['posts.links'] }, nextLevel: { number: 3, nameEn: 'Contributor', nameZh: '贡献者', xpThreshold: 150, privileges: ['posts.links', 'groups.create'] }, xpToNextLevel: 70, progress: 0.3, privileges: ['posts.links'] }];
      if (path === '/api/me/badges') return [200, { earned: [], inProgress: [] }];
      return [200, { items: [{ id: 'l1', amount: 5, kind: 'earned', reason: 'Published a post', sourceType: 'PostPublished', ruleId: 'r', groupId: null, occurredAt: '2026-11-28T10:00:00Z', localDate: '2026-11-28' }], nextCursor: null }];
    });
    renderWith(<Growth />, { locale: 'zh-CN' });
    expect((await screen.findByTestId('level')).textContent).toBe('等级 2：常客');
    expect(screen.getByText('距等级 3 还差 70 经验')).toBeTruthy();
    expect((screen.getByRole('progressbar') as HTMLProgressElement).value).toBe(30);
    expect(screen.getByText('创建小组')).toBeTruthy();
    expect(await screen.findByText('+5')).toBeTruthy();
  });
});

describe('Sign-up through an invite link', () => {
  const renderJoin = () =>
    renderWith(
      <Routes>
        <Route path="/join/:code" element={<Register />} />
        <Route path="*" element={<p>landed</p>} />
      </Routes>,
      { path: '/join/ALICE1' },
    );

  it('shows who invites and the group, and registers with the code', async () => {
    const calls = mockFetch((_, path) => {
      if (path === '/api/invites/ALICE1') return [200, { code: 'ALICE1', valid: true, inviter: { displayName: 'Alice' }, group: { id: 'g', name: 'Photography', slug: 'photography' } }];
      if (path === '/api/auth/register') return [201, me];
      if (path === '/api/auth/login') return [200, {}];
      return [200, me];
    });
    renderJoin();
    expect(await screen.findByText('Alice invited you')).toBeTruthy();
    expect(screen.getByText('You will join the group Photography')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Display name'), { target: { value: 'New' } });
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'new@x.local' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'Passw0rd!x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    await screen.findByText('landed');
    expect(calls.find((c) => c.path === '/api/auth/register')?.body).toMatchObject({ inviteCode: 'ALICE1', email: 'new@x.local' });
  });

  it('lets the person sign up without an invalid code after the server refuses it', async () => {
    let registrations = 0;
    const calls = mockFetch((_, path) => {
      if (path === '/api/invites/ALICE1') return [200, { code: 'ALICE1', valid: true, inviter: { displayName: 'Alice' } }];
      if (path === '/api/auth/register') return registrations++ === 0 ? [400, { code: 'invite_invalid', detail: 'expired' }] : [201, me];
      return [200, me];
    });
    renderJoin();
    await screen.findByText('Alice invited you');
    fireEvent.change(screen.getByLabelText('Display name'), { target: { value: 'New' } });
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'new@x.local' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'Passw0rd!x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This invite code is not valid.');
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    await screen.findByText('landed');
    const bodies = calls.filter((c) => c.path === '/api/auth/register').map((c) => (c.body as { inviteCode: string | null }).inviteCode);
    expect(bodies).toEqual(['ALICE1', null]);
  });
});
