import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../components/Field';
import { ProblemAlert } from '../../components/Problem';

/** Leaderboard seasons: named date ranges the leaderboards can be read for. */
export function Seasons() {
  const { t } = useI18n();
  const client = useQueryClient();
  const seasons = useQuery({ queryKey: ['seasons'], queryFn: () => unwrap(api.GET('/api/seasons')) });
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    setError(null);
    try {
      await unwrap(
        api.POST('/api/admin/seasons', {
          body: { name: String(f.get('name') ?? ''), startsOn: String(f.get('startsOn') ?? ''), endsOn: String(f.get('endsOn') ?? '') },
        }),
      );
      form.reset();
      await client.invalidateQueries({ queryKey: ['seasons'] });
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div>
      <ProblemAlert error={seasons.error} />
      <ul>
        {seasons.data?.map((s) => (
          <li key={s.id}>
            {s.name} · {t('season.range', { from: s.startsOn, to: s.endsOn })}
          </li>
        ))}
      </ul>
      <form className="card" onSubmit={(e) => void submit(e)}>
        <h2>{t('season.new')}</h2>
        <Field label={t('season.name')} name="name" error={error} />
        <Field label={t('season.startsOn')} name="startsOn" type="date" required error={error} />
        <Field label={t('season.endsOn')} name="endsOn" type="date" required error={error} />
        <ProblemAlert error={error} />
        <button type="submit">{t('common.create')}</button>
      </form>
    </div>
  );
}
