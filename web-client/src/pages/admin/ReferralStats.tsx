import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { BarChart } from '../../components/BarChart';
import { Field } from '../../components/Field';
import { ProblemAlert } from '../../components/Problem';

interface Filter {
  from?: string;
  to?: string;
  channel?: string;
}

/** The referral funnel for a period: K, activation, the per-channel numbers with a bar chart, and each code's numbers. */
export function ReferralStats() {
  const { t, locale } = useI18n();
  // Empty means the server's default period (the last 30 days).
  const [filter, setFilter] = useState<Filter>({});
  const stats = useQuery({
    queryKey: ['admin', 'referral-stats', filter],
    queryFn: () => unwrap(api.GET('/api/admin/referrals/stats', { params: { query: filter } })),
  });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const value = (k: string) => String(f.get(k) ?? '').trim() || undefined;
    setFilter({ from: value('from'), to: value('to'), channel: value('channel') });
  };
  const number = (v: number | string | null | undefined, digits = 2) =>
    v == null ? t('common.none') : new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(Number(v));
  const percent = (v: number | string | null | undefined) =>
    v == null ? t('common.none') : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(Number(v));
  const s = stats.data;
  return (
    <div>
      <form className="card inline" onSubmit={submit}>
        <Field label={t('referrals.from')} name="from" type="date" error={stats.error} />
        <Field label={t('referrals.to')} name="to" type="date" error={stats.error} />
        <Field label={t('referrals.channel')} name="channel" error={stats.error} />
        <button type="submit">{t('referrals.show')}</button>
      </form>
      <ProblemAlert error={stats.error} />
      {stats.isPending && <p>{t('common.loading')}</p>}
      {s && (
        <>
          <p className="meta">{t('referrals.period', { from: s.from, to: s.to })}{s.channel ? ` · ${s.channel}` : ''}</p>
          <dl className="card stats">
            <dt>{t('referrals.k')}</dt>
            <dd data-testid="viral-k">{number(s.viralCoefficient, 3)}</dd>
            <dt>{t('referrals.invitesUsed')}</dt>
            <dd>{number(s.invitesUsed)}</dd>
            <dt>{t('referrals.activations')}</dt>
            <dd>{number(s.activations)}</dd>
            <dt>{t('referrals.activationRate')}</dt>
            <dd>{percent(s.activationRate)}</dd>
            <dt>{t('referrals.perMember')}</dt>
            <dd>{number(s.invitationsPerMember, 3)}</dd>
            <dt>{t('referrals.median')}</dt>
            <dd>{s.medianHoursToActivation == null ? t('common.none') : t('referrals.hours', { hours: number(s.medianHoursToActivation, 1) })}</dd>
            <dt>{t('referrals.registrations')}</dt>
            <dd>{number(s.registrations)}</dd>
            <dt>{t('referrals.membersAtStart')}</dt>
            <dd>{number(s.membersAtStart)}</dd>
            <dt>{t('referrals.revoked')}</dt>
            <dd>{number(s.revoked)}</dd>
          </dl>
          <p className="meta">{t('referrals.kHelp')}</p>
          <h2>{t('referrals.byChannel')}</h2>
          {s.byChannel.length > 0 && <BarChart title={t('referrals.chart')} data={s.byChannel.map((c) => ({ label: c.channel, value: Number(c.invitesUsed) }))} />}
          <table>
            <thead>
              <tr>
                <th>{t('campaign.channel')}</th>
                <th>{t('referrals.invitesUsed')}</th>
                <th>{t('referrals.activations')}</th>
                <th>{t('referrals.activationRate')}</th>
              </tr>
            </thead>
            <tbody>
              {s.byChannel.map((c) => (
                <tr key={c.channel}>
                  <td>{c.channel}</td>
                  <td>{number(c.invitesUsed)}</td>
                  <td>{number(c.activations)}</td>
                  <td>{percent(c.activationRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {s.byChannel.length === 0 && <p>{t('common.empty')}</p>}
          <h2>{t('referrals.byCode')}</h2>
          <table data-testid="by-code">
            <thead>
              <tr>
                <th>{t('referrals.code')}</th>
                <th>{t('campaign.channel')}</th>
                <th>{t('referrals.invitesUsed')}</th>
                <th>{t('referrals.activations')}</th>
                <th>{t('referrals.activationRate')}</th>
              </tr>
            </thead>
            <tbody>
              {s.byCode.map((c) => (
                <tr key={c.code}>
                  <td>
                    {c.code}
                    {c.label ? ` · ${c.label}` : ''}
                  </td>
                  <td>{c.channel}</td>
                  <td>{number(c.invitesUsed)}</td>
                  <td>{number(c.activations)}</td>
                  <td>{percent(c.activationRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {s.byCode.length === 0 && <p>{t('common.empty')}</p>}
          <h2>{t('referrals.topReferrers')}</h2>
          <ol>
            {s.topReferrers.map((r) => (
              <li key={r.userId}>
                {r.displayName} · {t('referrals.invitesUsed')} {number(r.invitesUsed)} · {t('referrals.activations')} {number(r.activations)}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
