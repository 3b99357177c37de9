import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useI18n, type Locale } from '../i18n/i18n';
import type { MessageKey } from '../i18n/en';
import { Paged } from '../components/Paged';
import { ProblemAlert } from '../components/Problem';
import { RelativeTime } from '../components/RelativeTime';

export const levelName = (locale: Locale, l: { nameEn: string; nameZh: string }) => (locale === 'zh-CN' ? l.nameZh : l.nameEn);
export const privilegeLabel = (t: (k: MessageKey) => string, p: string) => {
  const key = `privilege.${p}` as MessageKey;
  const text = t(key);
  return text === undefined || text === key ? p : text;
};

export function Growth() {
  const { t, locale } = useI18n();
  const points = useQuery({ queryKey: ['points'], queryFn: () => unwrap(api.GET('/api/me/points')) });
  const badges = useQuery({ queryKey: ['badges', 'mine'], queryFn: () => unwrap(api.GET('/api/me/badges')) });
  if (points.isPending) return <p>{t('common.loading')}</p>;
  if (points.isError) return <ProblemAlert error={points.error} />;
  const p = points.data;
  const next = p.nextLevel as { number: number; nameEn: string; nameZh: string; privileges: string[] } | null;
  const progress = Math.round(Number(p.progress) * 100);
  return (
    <section>
      <h1>{t('growth.title')}</h1>
      <div className="card">
        <h2 data-testid="level">{t('growth.level', { number: Number(p.level.number), name: levelName(locale, p.level) })}</h2>
        <p data-testid="xp">{t('growth.xp', { xp: Number(p.xp) })}</p>
        <progress max={100} value={progress} aria-label={next ? t('growth.toNext', { xp: Number(p.xpToNextLevel), number: next.number }) : t('growth.maxLevel')} />
        <p>{next ? t('growth.toNext', { xp: Number(p.xpToNextLevel), number: next.number }) : t('growth.maxLevel')}</p>
        <p data-testid="balance">{t('growth.balance', { balance: Number(p.balance) })}</p>
        <h3>{t('growth.privileges')}</h3>
        <ul>{p.privileges.map((x) => <li key={x}>{privilegeLabel(t, x)}</li>)}</ul>
        {next && next.privileges.length > 0 && (
          <>
            <h3>{t('growth.nextPrivileges')}</h3>
            <ul>{next.privileges.filter((x) => !p.privileges.includes(x)).map((x) => <li key={x}>{privilegeLabel(t, x)}</li>)}</ul>
          </>
        )}
      </div>
      <h2>{t('growth.badges')}</h2>
      <div className="badge-wall">
        {badges.data?.earned.map((b) => (
          <div key={b.badge.id} className="card badge-tile earned">
            <span aria-hidden="true">{b.badge.icon || '🏅'}</span> <strong>{locale === 'zh-CN' ? b.badge.nameZh : b.badge.nameEn}</strong>
            <p className="meta">
              {t('growth.earned', { date: new Date(b.earnedAt).toLocaleDateString(locale) })}
              {b.retroactive && <> · {t('growth.retroactive')}</>}
            </p>
          </div>
        ))}
        {badges.data?.inProgress.map((b) => (
          <div key={b.badge.id} className="card badge-tile">
            <span aria-hidden="true">{b.badge.icon || '🏅'}</span> {locale === 'zh-CN' ? b.badge.nameZh : b.badge.nameEn}
            <progress max={100} value={Math.round(Number(b.progress) * 100)} aria-label={t('growth.inProgress')} />
          </div>
        ))}
      </div>
      <h2>{t('growth.ledger')}</h2>
      <ul className="ledger">
          <Paged
            queryKey={['points', 'ledger']}
            load={(cursor) => unwrap(api.GET('/api/me/points/ledger', { params: { query: { cursor } } }))}
            render={(line) => (
              <li key={line.id}>
                <span>
                  <RelativeTime at={line.occurredAt} />
                </span>
                <span>{t(`ledger.kind.${line.kind}` as MessageKey)}</span>
                <span className={Number(line.amount) >= 0 ? 'plus' : 'minus'}>{Number(line.amount) > 0 ? `+${line.amount}` : line.amount}</span>
                <span>{line.reason}</span>
              </li>
            )}
          />
      </ul>
    </section>
  );
}
