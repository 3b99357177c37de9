import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { ProblemAlert } from '../components/Problem';
import { RelativeTime } from '../components/RelativeTime';

export function Rewards() {
  const { t } = useI18n();
  const client = useQueryClient();
  const rewards = useQuery({ queryKey: ['rewards'], queryFn: () => unwrap(api.GET('/api/rewards')) });
  const mine = useQuery({ queryKey: ['redemptions'], queryFn: () => unwrap(api.GET('/api/me/redemptions')) });
  const redeem = useMutation({
    // One key per click: a retried request is recognised by the server, a second click is a second redemption.
    mutationFn: (id: string) => unwrap(api.POST('/api/rewards/{id}/redeem', { params: { path: { id }, header: { 'Idempotency-Key': crypto.randomUUID() } as never } })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['rewards'] });
      void client.invalidateQueries({ queryKey: ['redemptions'] });
      void client.invalidateQueries({ queryKey: ['points'] });
    },
  });
  return (
    <section>
      <h1>{t('rewards.title')}</h1>
      <ProblemAlert error={rewards.error ?? redeem.error} />
      {redeem.data && <p role="status">{t('rewards.redeemed', { name: redeem.data.rewardName })}</p>}
      <div className="grid">
        {(rewards.data ?? []).map((r) => (
          <article key={r.id} className="card">
            <h2>{r.name}</h2>
            <p>{r.description}</p>
            <p className="meta">
              {t('rewards.cost', { cost: Number(r.cost) })}
              {r.stock != null && <> · {t('rewards.stock', { stock: Number(r.stock) })}</>}
              {r.minimumLevel != null && <> · {t('rewards.minimumLevel', { level: Number(r.minimumLevel) })}</>}
            </p>
            <button type="button" onClick={() => redeem.mutate(r.id)} disabled={redeem.isPending}>
              {t('rewards.redeem')}
            </button>
          </article>
        ))}
      </div>
      <h2>{t('rewards.mine')}</h2>
      <ul>
        {(mine.data ?? []).map((r) => (
          <li key={r.id}>
            {r.rewardName} · {Number(r.cost)} · {r.status} · <RelativeTime at={r.createdAt} />
          </li>
        ))}
      </ul>
    </section>
  );
}
