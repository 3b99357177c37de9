import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { FieldErrors, ProblemAlert } from '../../components/Problem';

type Condition = Schemas['BadgeCondition'];
export const metrics = ['posts_published', 'comments_posted', 'reactions_given', 'reactions_received', 'check_ins', 'current_streak', 'longest_streak', 'referrals_activated', 'challenges_completed', 'days_active', 'level', 'xp', 'badges_earned'];
export const comparisons = ['gte', 'gt', 'eq', 'lte', 'lt'];

/** Badge editor with the criterion builder: conditions (metric, comparison, threshold, scope) joined by AND/OR. */
export function Badges() {
  const { t, locale } = useI18n();
  const badges = useQuery({ queryKey: ['admin', 'badges'], queryFn: () => unwrap(api.GET('/api/admin/badges')) });
  const [editing, setEditing] = useState(false);
  return (
    <div>
      <ProblemAlert error={badges.error} />
      <button type="button" onClick={() => setEditing(true)}>
        {t('badge.new')}
      </button>
      {editing && <BadgeForm onDone={() => setEditing(false)} />}
      <ul>
        {badges.data?.map((b) => (
          <li key={b.id}>
            {b.icon} {locale === 'zh-CN' ? b.nameZh : b.nameEn}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function BadgeForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [nameEn, setNameEn] = useState('');
  const [nameZh, setNameZh] = useState('');
  const [icon, setIcon] = useState('🏅');
  const [operator, setOperator] = useState<'and' | 'or'>('and');
  const [conditions, setConditions] = useState<Condition[]>([{ metric: 'posts_published', comparison: 'gte', threshold: 1, groupId: null, windowDays: null }]);
  const [retroactive, setRetroactive] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const update = (i: number, patch: Partial<Condition>) => setConditions((all) => all.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const save = async () => {
    setError(null);
    try {
      await unwrap(
        api.POST('/api/admin/badges', {
          body: { nameEn, nameZh, descriptionEn: null, descriptionZh: null, icon, tier: null, manual: false, visible: true, enabled: true, criterion: { operator, conditions, children: [] } as never, awardRetroactively: retroactive },
        }),
      );
      await client.invalidateQueries({ queryKey: ['admin', 'badges'] });
      onDone();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <fieldset className="card">
      <legend>{t('badge.new')}</legend>
      <label className="field">
        <span>{t('badge.nameEn')}</span>
        <input value={nameEn} onChange={(e) => setNameEn(e.target.value)} />
        <FieldErrors error={error} field="nameEn" />
      </label>
      <label className="field">
        <span>{t('badge.nameZh')}</span>
        <input value={nameZh} onChange={(e) => setNameZh(e.target.value)} />
        <FieldErrors error={error} field="nameZh" />
      </label>
      <label className="field">
        <span>{t('badge.icon')}</span>
        <input value={icon} onChange={(e) => setIcon(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('badge.operator')}</span>
        <select value={operator} onChange={(e) => setOperator(e.target.value as 'and' | 'or')}>
          <option value="and">AND</option>
          <option value="or">OR</option>
        </select>
      </label>
      {conditions.map((c, i) => (
        <div key={i} className="inline condition">
          <select aria-label={t('badge.metric')} value={c.metric} onChange={(e) => update(i, { metric: e.target.value })}>
            {metrics.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
          <select aria-label={t('badge.comparison')} value={c.comparison} onChange={(e) => update(i, { comparison: e.target.value })}>
            {comparisons.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
          <input aria-label={t('badge.threshold')} type="number" value={Number(c.threshold)} onChange={(e) => update(i, { threshold: Number(e.target.value) })} />
          <input aria-label={t('badge.windowDays')} type="number" value={c.windowDays == null ? '' : Number(c.windowDays)} onChange={(e) => update(i, { windowDays: e.target.value ? Number(e.target.value) : null })} />
          <input aria-label={t('badge.groupScope')} value={c.groupId ?? ''} onChange={(e) => update(i, { groupId: e.target.value || null })} />
          <button type="button" aria-label={`${t('common.delete')} ${i + 1}`} onClick={() => setConditions((all) => all.filter((_, j) => j !== i))}>
            ✕
          </button>
        </div>
      ))}
      <FieldErrors error={error} field="criterion" />
      <button type="button" onClick={() => setConditions((all) => [...all, { metric: 'xp', comparison: 'gte', threshold: 100, groupId: null, windowDays: null }])}>
        {t('badge.addCondition')}
      </button>
      <label className="check">
        <input type="checkbox" checked={retroactive} onChange={(e) => setRetroactive(e.target.checked)} /> {t('badge.retroactive')}
      </label>
      <ProblemAlert error={error} />
      <button type="button" onClick={() => void save()}>
        {t('common.save')}
      </button>
      <button type="button" onClick={onDone}>
        {t('common.cancel')}
      </button>
    </fieldset>
  );
}
