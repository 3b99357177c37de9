import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/en';
import { Field } from '../../components/Field';
import { ProblemAlert } from '../../components/Problem';
import { RelativeTime } from '../../components/RelativeTime';

export function RewardsAdmin() {
  const { t } = useI18n();
  const client = useQueryClient();
  const rewards = useQuery({ queryKey: ['admin', 'rewards'], queryFn: () => unwrap(api.GET('/api/admin/rewards')) });
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<Schemas['RewardView'] | null>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const num = (k: string) => (String(f.get(k) ?? '') === '' ? null : Number(f.get(k)));
    const body = { name: String(f.get('name')), description: String(f.get('description')), imageUrl: editing?.imageUrl ?? null, cost: num('cost') ?? 0, stock: num('stock'), perMemberLimit: num('perMemberLimit'), minimumLevel: num('minimumLevel'), activeFrom: editing?.activeFrom ?? null, activeUntil: editing?.activeUntil ?? null, enabled: f.get('enabled') === 'on' };
    setError(null);
    try {
      if (editing) await unwrap(api.PUT('/api/admin/rewards/{id}', { params: { path: { id: editing.id } }, body }));
      else await unwrap(api.POST('/api/admin/rewards', { body }));
      form.reset();
      setEditing(null);
      await client.invalidateQueries({ queryKey: ['admin', 'rewards'] });
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div>
      <ul>
        {rewards.data?.map((r) => (
          <li key={r.id}>
            {r.name} · {t('rewards.cost', { cost: Number(r.cost) })}
            {r.stock != null && <> · {t('rewards.stock', { stock: Number(r.stock) })}</>}{' '}
            <button type="button" onClick={() => setEditing(r)} aria-label={`${t('common.edit')} ${r.name}`}>
              {t('common.edit')}
            </button>
          </li>
        ))}
      </ul>
      <form key={editing?.id ?? 'new'} className="card" onSubmit={(e) => void submit(e)}>
        <h2>{editing ? `${t('common.edit')}: ${editing.name}` : t('reward.new')}</h2>
        {(['name', 'description', 'cost', 'stock', 'perMemberLimit', 'minimumLevel'] as const).map((k) => (
          <Field key={k} label={t(`reward.${k}` as MessageKey)} name={k} type={k === 'name' || k === 'description' ? 'text' : 'number'} defaultValue={editing?.[k] == null ? '' : String(editing[k])} error={error} />
        ))}
        <label className="check">
          <input type="checkbox" name="enabled" defaultChecked={editing?.enabled ?? true} /> {t('rule.enabled')}
        </label>
        <ProblemAlert error={error} />
        <button type="submit">{editing ? t('common.save') : t('common.create')}</button>
        {editing && (
          <button type="button" onClick={() => setEditing(null)}>
            {t('common.cancel')}
          </button>
        )}
      </form>
    </div>
  );
}

export function Redemptions() {
  const { t } = useI18n();
  const client = useQueryClient();
  const queue = useQuery({ queryKey: ['admin', 'redemptions'], queryFn: () => unwrap(api.GET('/api/admin/redemptions', { params: { query: { status: 'pending' } } })) });
  const decide = useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'fulfil' | 'cancel' }) =>
      action === 'fulfil'
        ? unwrap(api.POST('/api/admin/redemptions/{id}/fulfil', { params: { path: { id } }, body: { note: null } as never }))
        : unwrap(api.POST('/api/admin/redemptions/{id}/cancel', { params: { path: { id } }, body: { note: null } as never })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['admin', 'redemptions'] }),
  });
  return (
    <div>
      <ProblemAlert error={queue.error ?? decide.error} />
      <ul>
        {queue.data?.map((r) => (
          <li key={r.id} className="card">
            {r.rewardName} · {Number(r.cost)} · <RelativeTime at={r.createdAt} />{' '}
            <button type="button" onClick={() => decide.mutate({ id: r.id, action: 'fulfil' })}>
              {t('redemption.fulfil')}
            </button>
            <button type="button" onClick={() => decide.mutate({ id: r.id, action: 'cancel' })}>
              {t('redemption.cancel')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Audit() {
  const { t } = useI18n();
  const audit = useQuery({ queryKey: ['admin', 'audit'], queryFn: () => unwrap(api.GET('/api/admin/point-rules/audit')) });
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('audit.at')}</th>
          <th scope="col">{t('audit.action')}</th>
          <th scope="col">{t('audit.rule')}</th>
        </tr>
      </thead>
      <tbody>
        {audit.data?.map((a) => (
          <tr key={a.id}>
            <td>
              <RelativeTime at={a.at} />
            </td>
            <td>{a.action}</td>
            <td>{(a.after as { name?: string } | null)?.name ?? (a.before as { name?: string } | null)?.name ?? a.ruleId}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
