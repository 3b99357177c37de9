import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../components/Field';
import { ProblemAlert } from '../../components/Problem';

type Season = components['schemas']['SeasonView'];

/** Leaderboard seasons: named date ranges the leaderboards can be read for; operators create, edit and delete them. */
export function Seasons() {
  const { t } = useI18n();
  const client = useQueryClient();
  const seasons = useQuery({ queryKey: ['seasons'], queryFn: () => unwrap(api.GET('/api/seasons')) });
  const [editing, setEditing] = useState<Season | null>(null);
  const [error, setError] = useState<unknown>(null);
  const refresh = () => client.invalidateQueries({ queryKey: ['seasons'] });
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const body = { name: String(f.get('name') ?? ''), startsOn: String(f.get('startsOn') ?? ''), endsOn: String(f.get('endsOn') ?? '') };
    setError(null);
    try {
      if (editing) {
        await unwrap(api.PUT('/api/admin/seasons/{id}', { params: { path: { id: editing.id } }, body }));
        setEditing(null);
      } else {
        await unwrap(api.POST('/api/admin/seasons', { body }));
        form.reset();
      }
      await refresh();
    } catch (err) {
      setError(err);
    }
  };
  const remove = async (season: Season) => {
    // Its leaderboard goes with it (members keep their points), so ask first.
    if (!window.confirm(t('season.confirmDelete', { name: season.name }))) return;
    setError(null);
    try {
      await unwrap(api.DELETE('/api/admin/seasons/{id}', { params: { path: { id: season.id } } }));
      if (editing?.id === season.id) setEditing(null);
      await refresh();
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
            {s.name} · {t('season.range', { from: s.startsOn, to: s.endsOn })}{' '}
            <button type="button" onClick={() => setEditing(s)} aria-label={`${t('common.edit')} ${s.name}`}>
              {t('common.edit')}
            </button>{' '}
            <button type="button" onClick={() => void remove(s)} aria-label={`${t('common.delete')} ${s.name}`}>
              {t('common.delete')}
            </button>
          </li>
        ))}
      </ul>
      <form key={editing?.id ?? 'new'} className="card" onSubmit={(e) => void submit(e)}>
        <h2>{editing ? t('season.edit', { name: editing.name }) : t('season.new')}</h2>
        <Field label={t('season.name')} name="name" defaultValue={editing?.name} error={error} />
        <Field label={t('season.startsOn')} name="startsOn" type="date" required defaultValue={editing?.startsOn} error={error} />
        <Field label={t('season.endsOn')} name="endsOn" type="date" required defaultValue={editing?.endsOn} error={error} />
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
