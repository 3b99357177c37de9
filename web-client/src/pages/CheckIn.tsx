import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useHubEvent } from '../realtime/hub';
import { ProblemAlert } from '../components/Problem';

type Challenge = Schemas['ChallengeView'];


/** The check-in button with today's live count and the streak flame; on the home page and the check-in page. */
export function CheckInWidget({ titled = true }: { titled?: boolean }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const summary = useQuery({ queryKey: ['checkins', 'summary'], queryFn: () => unwrap(api.GET('/api/me/check-ins/summary')), retry: false });
  const today = useQuery({ queryKey: ['checkins', 'today'], queryFn: () => unwrap(api.GET('/api/check-ins/today')), retry: false });
  // Pushed counts are per group; the site-wide number is refetched instead.
  useHubEvent('checkInCountChanged', () => void client.invalidateQueries({ queryKey: ['checkins', 'today'], exact: true }));
  const checkIn = useMutation({
    mutationFn: () => unwrap(api.POST('/api/check-ins', { body: { note: null, mood: null } })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['checkins'] });
      // Points arrive through the growth pipeline a moment later.
      setTimeout(() => void client.invalidateQueries({ queryKey: ['points'] }), 1_000);
    },
  });
  if (summary.isError && today.isError) return null;
  const s = checkIn.data ?? summary.data;
  const count = today.data ? Number(today.data.count) : undefined;
  const done = !!checkIn.data || !!summary.data?.checkedInToday;
  return (
    <div className="card checkin">
      {titled && <h2>{t('checkin.title')}</h2>}
      {count !== undefined && <p data-testid="today-count">{t('checkin.todayCount', { count })}</p>}
      <button type="button" className="primary" onClick={() => checkIn.mutate()} disabled={done || checkIn.isPending}>
        {done ? t('checkin.done') : t('checkin.button')}
      </button>
      {s && (
        <p className="streak" data-testid="streak">
          <span aria-hidden="true">🔥</span> {t('checkin.streak', { days: s.currentStreak })}
        </p>
      )}
      {s && <p className="meta">{t('checkin.longest', { days: s.longestStreak })}</p>}
      <ProblemAlert error={checkIn.error} />
    </div>
  );
}

export function CheckInPage() {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const now = new Date();
  const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  const calendar = useQuery({ queryKey: ['checkins', 'calendar', month], queryFn: () => unwrap(api.GET('/api/me/check-ins', { params: { query: { month } } })), retry: false });
  const challenges = useQuery({ queryKey: ['challenges'], queryFn: () => unwrap(api.GET('/api/challenges', { params: { query: { status: 'active' } } })), retry: false });
  const [makeupError, setMakeupError] = useState<unknown>(null);
  const makeup = async (date: string) => {
    setMakeupError(null);
    try {
      await unwrap(api.POST('/api/check-ins/makeup', { body: { date } }));
      await client.invalidateQueries({ queryKey: ['checkins'] });
    } catch (e) {
      setMakeupError(e);
    }
  };
  const enrol = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/challenges/{id}/enrol', { params: { path: { id } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['challenges'] }),
  });
  const checked = new Set((calendar.data?.checkIns ?? []).map((d) => d.localDate));
  const daysInMonth = new Date(now.getFullYear(), now.getMonth() + 1, 0).getDate();
  const list = challenges.data?.items ?? [];
  return (
    <section>
      <h1>{t('checkin.title')}</h1>
      <CheckInWidget titled={false} />
      <h2>{t('checkin.month')}</h2>
      <ol className="calendar" aria-label={t('checkin.month')}>
        {Array.from({ length: daysInMonth }, (_, i) => {
          const date = `${month}-${String(i + 1).padStart(2, '0')}`;
          const past = i + 1 < now.getDate() && i + 1 >= now.getDate() - 7;
          return (
            <li key={date} className={checked.has(date) ? 'on' : undefined}>
              <span>{i + 1}</span>
              {!checked.has(date) && past && (
                <button type="button" className="link" onClick={() => void makeup(date)} aria-label={`${t('checkin.makeup')} ${new Date(date).toLocaleDateString(locale)}`}>
                  +
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <ProblemAlert error={makeupError ?? calendar.error} />
      <h2>{t('checkin.challenges')}</h2>
      <ul>
        {list.map((c) => (
          <ChallengeItem key={c.id} challenge={c} onEnrol={() => enrol.mutate(c.id)} />
        ))}
      </ul>
      <ProblemAlert error={enrol.error} />
    </section>
  );
}

function ChallengeItem({ challenge: c, onEnrol }: { challenge: Challenge; onEnrol: () => void }) {
  const { t, locale } = useI18n();
  // 404 not_enrolled means "not in it yet", so no retry and no alert.
  const mine = useQuery({ queryKey: ['challenges', c.id, 'me'], queryFn: () => unwrap(api.GET('/api/challenges/{id}/me', { params: { path: { id: c.id } } })), retry: false });
  return (
    <li className="card">
      <strong>{locale === 'zh-CN' && c.titleZh ? c.titleZh : c.titleEn}</strong>
      {mine.data ? (
        <>
          <progress max={mine.data.target} value={mine.data.progress} aria-label={t('checkin.progress', { current: mine.data.progress, target: mine.data.target })} />
          <span>{t('checkin.progress', { current: mine.data.progress, target: mine.data.target })}</span>
        </>
      ) : (
        <button type="button" onClick={onEnrol} disabled={mine.isPending}>
          {t('checkin.enrol')}
        </button>
      )}
    </li>
  );
}
