import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { useMe } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { ProblemAlert } from '../components/Problem';

const periods = ['day', 'week', 'month', 'all'] as const;

export function Leaderboards() {
  const { t } = useI18n();
  const me = useMe().data;
  const [period, setPeriod] = useState<string>('week');
  const [groupId, setGroupId] = useState('');
  const groups = useQuery({ queryKey: ['groups', 'all'], queryFn: () => unwrap(api.GET('/api/groups', { params: { query: { limit: 100 } } })) });
  const board = useQuery({
    queryKey: ['leaderboard', period, groupId],
    queryFn: () => unwrap(api.GET('/api/leaderboards', { params: { query: { period, groupId: groupId || undefined } } })),
  });
  const mine = board.data?.me;
  return (
    <section>
      <h1>{t('leaderboards.title')}</h1>
      <div className="inline">
        <label className="field">
          <span>{t('leaderboards.period')}</span>
          <select value={period} onChange={(e) => setPeriod(e.target.value)}>
            {periods.map((p) => (
              <option key={p} value={p}>
                {t(`leaderboards.period.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('leaderboards.group')}</span>
          <select value={groupId} onChange={(e) => setGroupId(e.target.value)}>
            <option value="">{t('leaderboards.allGroups')}</option>
            {groups.data?.items.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ProblemAlert error={board.error} />
      {me && mine && <p className="card">{mine.ranked && mine.rank ? t(mine.approximate ? 'leaderboards.meApproximate' : 'leaderboards.me', { rank: Number(mine.rank), points: Number(mine.points) }) : t('leaderboards.unranked')}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('leaderboards.rank')}</th>
            <th scope="col">{t('leaderboards.member')}</th>
            <th scope="col">{t('leaderboards.points')}</th>
          </tr>
        </thead>
        <tbody>
          {board.data?.items.map((row) => (
            <tr key={row.userId} className={row.userId === me?.id ? 'me' : undefined} aria-current={row.userId === me?.id ? 'true' : undefined}>
              <td>{Number(row.rank)}</td>
              <td>{row.displayName}</td>
              <td>{Number(row.points)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
