import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/en';
import { Field } from '../../components/Field';
import { FieldErrors, ProblemAlert } from '../../components/Problem';

export function Challenges() {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const [kind, setKind] = useState('daily-check-in');
  const [error, setError] = useState<unknown>(null);
  const list = useQuery({
    queryKey: ['admin', 'challenges'],
    queryFn: async () => {
      const pages = await Promise.all(['upcoming', 'active'].map((status) => unwrap(api.GET('/api/challenges', { params: { query: { status } } }))));
      return pages.flatMap((p) => p.items);
    },
    retry: false,
  });
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const text = (k: string) => (String(f.get(k) ?? '').trim() || null);
    const num = (k: string) => (text(k) === null ? null : Number(f.get(k)));
    setError(null);
    try {
      await unwrap(api.POST('/api/challenges', { body: {
        titleEn: text('titleEn') ?? '',
        titleZh: text('titleZh'),
        descriptionEn: null,
        descriptionZh: null,
        startDate: text('startDate'),
        endDate: text('endDate'),
        kind,
        activityType: kind === 'activity' ? text('activityType') : null,
        groupId: null,
        target: num('target') ?? 0,
        rewardPoints: num('rewardPoints'),
        rewardBadgeId: null,
        entryCost: num('entryCost'),
        maxParticipants: num('maxParticipants'),
        allowLateEnrolment: true,
      } }));
      form.reset();
      await client.invalidateQueries({ queryKey: ['admin', 'challenges'] });
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div>
      <ProblemAlert error={list.error} />
      <ul>
        {list.data?.map((c) => (
          <li key={c.id}>
            {locale === 'zh-CN' && c.titleZh ? c.titleZh : c.titleEn} · {c.startDate} – {c.endDate} · {t(`challenge.kind.${c.kind}` as MessageKey)} ·{' '}
            {t('challenge.participants', { count: c.participantCount })}
          </li>
        ))}
      </ul>
      <form className="card" onSubmit={(e) => void submit(e)}>
        <h2>{t('challenge.new')}</h2>
        <Field label={t('challenge.titleEn')} name="titleEn" error={error} />
        <Field label={t('challenge.titleZh')} name="titleZh" error={error} />
        <Field label={t('challenge.startDate')} name="startDate" type="date" error={error} />
        <Field label={t('challenge.endDate')} name="endDate" type="date" error={error} />
        <label className="field">
          <span>{t('challenge.kind')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            {['daily-check-in', 'activity'].map((k) => (
              <option key={k} value={k}>
                {t(`challenge.kind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
          <FieldErrors error={error} field="kind" />
        </label>
        {kind === 'activity' && (
          <label className="field">
            <span>{t('challenge.activityType')}</span>
            <select name="activityType">
              <option value="posts">posts</option>
              <option value="comments">comments</option>
              <option value="reactions">reactions</option>
            </select>
            <FieldErrors error={error} field="activityType" />
          </label>
        )}
        {(['target', 'rewardPoints', 'entryCost', 'maxParticipants'] as const).map((k) => (
          <Field key={k} label={t(`challenge.${k}`)} name={k} type="number" error={error} />
        ))}
        <ProblemAlert error={error} />
        <button type="submit">{t('common.create')}</button>
      </form>
    </div>
  );
}
