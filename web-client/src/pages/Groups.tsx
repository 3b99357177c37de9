import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { useMe } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { Field } from '../components/Field';
import { Paged } from '../components/Paged';
import { ProblemAlert } from '../components/Problem';

export function Groups() {
  const { t } = useI18n();
  const me = useMe().data;
  const [query, setQuery] = useState('');
  return (
    <section>
      <h1>{t('groups.title')}</h1>
      <label className="field">
        <span>{t('groups.search')}</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <div className="grid">
        <Paged
          queryKey={['groups', query]}
          load={(cursor) => unwrap(api.GET('/api/groups', { params: { query: { cursor, query: query || undefined } } }))}
          render={(group) => (
            <article key={group.id} className="card">
              <h2>
                <Link to={`/groups/${group.slug}`}>{group.name}</Link>
              </h2>
              <p>{group.description}</p>
              <p className="meta">
                {t('groups.members', { count: Number(group.memberCount) })} · {t('groups.posts', { count: Number(group.postCount) })}
              </p>
            </article>
          )}
        />
      </div>
      {me && <CreateGroup />}
    </section>
  );
}

function CreateGroup() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setError(null);
    try {
      const group = await unwrap(
        api.POST('/api/groups', {
          body: { name: String(form.get('name')), slug: String(form.get('slug')), description: String(form.get('description')), visibility: null, joinPolicy: null, tags: [] },
        }),
      );
      navigate(`/groups/${group.slug}`);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <details className="card">
      <summary>{t('groups.create')}</summary>
      <form onSubmit={(e) => void submit(e)}>
        <Field label={t('groups.name')} name="name" error={error} />
        <Field label={t('groups.slug')} name="slug" error={error} />
        <Field label={t('groups.description')} name="description" error={error} />
        <ProblemAlert error={error} />
        <button type="submit">{t('common.create')}</button>
      </form>
    </details>
  );
}
