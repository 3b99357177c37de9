import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, renderWith } from '../../test/render';
import { Badges } from './Badges';
import { Seasons } from './Seasons';
import { Announcements } from './Announcements';
import { CampaignInvites } from './CampaignInvites';
import { ReferralStats } from './ReferralStats';

const badge = {
  id: 'b1', nameEn: 'Writer', nameZh: '作者', descriptionEn: 'Ten posts', descriptionZh: '十篇帖子', icon: '✍️', tier: 'silver',
  manual: false, visible: true, enabled: true,
  criterion: { operator: 'or', conditions: [{ metric: 'posts_published', comparison: 'gte', threshold: 10, groupId: null, windowDays: null }], children: [] },
};

describe('Badge editor', () => {
  it('edits an existing badge: the form starts from its values and saves with PUT, keeping what it does not show', async () => {
    const calls = mockFetch((method) => [200, method === 'GET' ? [badge] : badge]);
    renderWith(<Badges />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Writer' }));
    const name = screen.getByDisplayValue('Writer');
    fireEvent.change(name, { target: { value: 'Prolific writer' } });
    expect((screen.getByLabelText('Threshold') as HTMLInputElement).value).toBe('10');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.path).toBe('/api/admin/badges/b1');
    expect(put.body).toMatchObject({ nameEn: 'Prolific writer', nameZh: '作者', tier: 'silver', descriptionEn: 'Ten posts', criterion: { operator: 'or', conditions: [{ threshold: 10 }] } });
  });
});

describe('Seasons', () => {
  it('lists seasons and shows a translated field error next to the end date', async () => {
    mockFetch((method) =>
      method === 'GET'
        ? [200, [{ id: 's1', name: 'Winter', startsOn: '2026-12-01', endsOn: '2027-02-28' }]]
        : [400, { code: 'validation_failed', errors: { endsOn: ['endsOn must not be before startsOn.'] }, fieldErrors: { endsOn: [{ code: 'at_least', args: { comparisonValue: '2026-12-01' } }] } }],
    );
    renderWith(<Seasons />, { locale: 'zh-CN' });
    expect(await screen.findByText('Winter · 2026-12-01 至 2027-02-28')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('名称'), { target: { value: 'Spring' } });
    fireEvent.change(screen.getByLabelText('开始日期'), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByLabelText('结束日期'), { target: { value: '2026-11-01' } });
    fireEvent.click(screen.getByRole('button', { name: '创建' }));
    expect(await screen.findByText('不得小于 2026-12-01。')).toBeTruthy();
    expect(screen.getByLabelText(/^结束日期/).getAttribute('aria-invalid')).toBe('true');
  });
});

describe('Season editing', () => {
  it('edits a season with PUT from its current values, and deletes one only after confirmation', async () => {
    const winter = { id: 's1', name: 'Winter', startsOn: '2026-12-01', endsOn: '2027-02-28' };
    const calls = mockFetch((method) => (method === 'DELETE' ? [204, undefined] : [200, method === 'GET' ? [winter] : winter]));
    renderWith(<Seasons />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Winter' }));
    expect((screen.getByLabelText('Starts on') as HTMLInputElement).value).toBe('2026-12-01');
    fireEvent.change(screen.getByDisplayValue('Winter'), { target: { value: 'Long winter' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')).toMatchObject({
      path: '/api/admin/seasons/s1', body: { name: 'Long winter', startsOn: '2026-12-01', endsOn: '2027-02-28' },
    });

    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Winter' }));
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Winter' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE' && c.path === '/api/admin/seasons/s1')).toBe(true));
    expect(confirm).toHaveBeenCalledTimes(2);
    confirm.mockRestore();
  });
});

describe('Announcements', () => {
  it('sends both languages and confirms', async () => {
    const calls = mockFetch(() => [202, { id: 'a1' }]);
    renderWith(<Announcements />);
    fireEvent.change(screen.getByLabelText('Title (English)'), { target: { value: 'Maintenance' } });
    fireEvent.change(screen.getByLabelText('Title (Chinese)'), { target: { value: '维护' } });
    fireEvent.change(screen.getByLabelText('Text (English)'), { target: { value: 'Tonight.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send to every member' }));
    expect(await screen.findByRole('status')).toBeTruthy();
    expect(calls[0]).toMatchObject({ method: 'POST', path: '/api/admin/announcements', body: { titleEn: 'Maintenance', titleZh: '维护', bodyEn: 'Tonight.', bodyZh: null } });
  });
});

describe('Campaign invite codes', () => {
  const code = { id: 'c1', code: 'WX7K2P', kind: 'campaign', label: 'November article', channel: 'wechat-article-nov', groupId: null, maxUses: 100, uses: 7, expiresAt: null, revokedAt: null, createdAt: '2026-11-01T00:00:00Z', status: 'valid', url: 'http://x/join/WX7K2P', qrUrl: '' };

  it('lists codes with their use, revokes one, and translates a channel error', async () => {
    const calls = mockFetch((method) => {
      if (method === 'GET') return [200, { items: [code], nextCursor: null }];
      if (method === 'DELETE') return [204, undefined];
      return [400, { code: 'validation_failed', errors: { channel: ['Channel may use lowercase letters...'] }, fieldErrors: { channel: [{ code: 'channel_format', args: {} }] } }];
    });
    renderWith(<CampaignInvites />);
    const row = await screen.findByTestId('campaign');
    expect(within(row).getByText(/7 of 100 uses/)).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: 'Revoke WX7K2P' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE' && c.path === '/api/admin/invites/WX7K2P')).toBe(true));
    fireEvent.change(screen.getByLabelText('Channel'), { target: { value: 'Bad Channel' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Use lowercase letters, digits and single hyphens, e.g. wechat-article-nov.')).toBeTruthy();
  });
});

describe('Referral stats', () => {
  const stats = {
    from: '2026-11-01', to: '2026-11-28', channel: null, membersAtStart: 50, registrations: 20, invitesUsed: 10, activations: 4, revoked: 1,
    activationRate: 0.4, medianHoursToActivation: 30.5, invitationsPerMember: 0.2, viralCoefficient: 0.08,
    topReferrers: [{ userId: 'u1', displayName: 'Alice', invitesUsed: 6, activations: 3 }],
    byChannel: [{ channel: 'member', invitesUsed: 6, activations: 3, activationRate: 0.5 }, { channel: 'wechat-article-nov', invitesUsed: 4, activations: 1, activationRate: 0.25 }],
    byCode: [{ code: 'WX7K2P', kind: 'campaign', channel: 'wechat-article-nov', label: 'November article', invitesUsed: 4, activations: 1, activationRate: 0.25 }],
  };

  it('shows K, the per-channel numbers and chart, each code\'s numbers, and asks again for the chosen period and channel', async () => {
    const calls = mockFetch(() => [200, stats]);
    renderWith(<ReferralStats />);
    expect((await screen.findByTestId('viral-k')).textContent).toBe('0.08');
    expect(screen.getByRole('img', { name: 'Invites used per channel' })).toBeTruthy();
    const row = screen.getAllByRole('cell', { name: 'wechat-article-nov' })[0].closest('tr')!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['wechat-article-nov', '4', '1', '25%']);
    const code = within(screen.getByTestId('by-code')).getByRole('cell', { name: 'WX7K2P · November article' }).closest('tr')!;
    expect(within(code).getAllByRole('cell').map((c) => c.textContent)).toEqual(['WX7K2P · November article', 'wechat-article-nov', '4', '1', '25%']);
    expect(screen.getByText('30.5 h')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-10-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-10-31' } });
    fireEvent.change(screen.getByLabelText('Channel (optional)'), { target: { value: 'member' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(calls.at(-1)?.path).toBe('/api/admin/referrals/stats?from=2026-10-01&to=2026-10-31&channel=member'));
  });
});
