import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { FieldErrors, ProblemAlert } from '../../components/Problem';

type Condition = Schemas['BadgeCondition'];
type Badge = Schemas['BadgeView'];
export const metrics = ['posts_published', 'comments_posted', 'reactions_given', 'reactions_received', 'check_ins', 'current_streak', 'longest_streak', 'referrals_activated', 'challenges_completed', 'days_active', 'level', 'xp', 'badges_earned'];
export const comparisons = ['gte', 'gt', 'eq', 'lte', 'lt'];

/** Badge editor (create and edit) with the criterion builder: conditions (metric, comparison, threshold, scope) joined by AND/OR. */
export function Badges() {
  const { t, locale } = useI18n();
  const badges = useQuery({ queryKey: ['admin', 'badges'], queryFn: () => unwrap(api.GET('/api/admin/badges')) });
  // 'new' for the create form, a badge for its edit form, null when no form is open.
  const [editing, setEditing] = useState<Badge | 'new' | null>(null);
  const name = (b: Badge) => (locale === 'zh-CN' ? b.nameZh : b.nameEn);
  return (
    <div>
      <ProblemAlert error={badges.error} />
      <button type="button" onClick={() => setEditing('new')}>
        {t('badge.new')}
      </button>
      {editing && <BadgeForm key={editing === 'new' ? 'new' : editing.id} badge={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />}
      <ul>
        {badges.data?.map((b) => (
          <li key={b.id}>
            {b.icon} {name(b)}
            {!b.enabled && <> · {t('badge.disabled')}</>}{' '}
            <button type="button" onClick={() => setEditing(b)} aria-label={`${t('common.edit')} ${name(b)}`}>
              {t('common.edit')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

const firstCondition: Condition = { metric: 'posts_published', comparison: 'gte', threshold: 1, groupId: null, windowDays: null };

export function BadgeForm({ badge, onDone }: { badge?: Badge; onDone: () => void }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [nameEn, setNameEn] = useState(badge?.nameEn ?? '');
  const [nameZh, setNameZh] = useState(badge?.nameZh ?? '');
  const [icon, setIcon] = useState(badge?.icon ?? '🏅');
  const [enabled, setEnabled] = useState(badge?.enabled ?? true);
  const [visible, setVisible] = useState(badge?.visible ?? true);
  const [operator, setOperator] = useState<'and' | 'or'>(badge?.criterion?.operator === 'or' ? 'or' : 'and');
  const [conditions, setConditions] = useState<Condition[]>(badge?.criterion?.conditions ?? [firstCondition]);
  const [retroactive, setRetroactive] = useState(false);
  const manual = badge?.manual ?? false;
  const [error, setError] = useState<unknown>(null);
  const update = (i: number, patch: Partial<Condition>) => setConditions((all) => all.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const save = async () => {
    setError(null);
    try {
      // The builder edits the top level; nested groups of an existing criterion are kept as they are.
      const criterion = manual ? null : ({ operator, conditions, children: badge?.criterion?.children ?? [] } as never);
      const body = {
        nameEn, nameZh, descriptionEn: badge?.descriptionEn ?? null, descriptionZh: badge?.descriptionZh ?? null, icon, tier: badge?.tier ?? null,
        manual, visible, enabled, criterion, awardRetroactively: retroactive,
      };
      if (badge) await unwrap(api.PUT('/api/admin/badges/{id}', { params: { path: { id: badge.id } }, body }));
      else await unwrap(api.POST('/api/admin/badges', { body }));
      await client.invalidateQueries({ queryKey: ['admin', 'badges'] });
      onDone();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <fieldset className="card">
      <legend>{badge ? `${t('common.edit')}: ${badge.nameEn}` : t('badge.new')}</legend>
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
        <FieldErrors error={error} field="icon" />
      </label>
      <label className="check">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} /> {t('rule.enabled')}
      </label>
      <label className="check">
        <input type="checkbox" checked={visible} onChange={(e) => setVisible(e.target.checked)} /> {t('badge.visible')}
      </label>
      {manual ? (
        <p className="meta">{t('badge.manual')}</p>
      ) : (
        <>
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
        </>
      )}
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
