import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Paged } from '../components/Paged';
import { PostCard } from '../components/PostCard';
import { ProblemAlert } from '../components/Problem';

export function Search() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const results = useQuery({ queryKey: ['search', q], queryFn: () => unwrap(api.GET('/api/search', { params: { query: { q } } })), enabled: q.length > 0 });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams({ q: text });
  };
  return (
    <section>
      <h1>{t('search.title')}</h1>
      <form role="search" onSubmit={submit} className="inline">
        <label className="field">
          <span>{t('search.query')}</span>
          <input type="search" name="q" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="submit">{t('search.submit')}</button>
      </form>
      <ProblemAlert error={results.error} />
      {results.data && (results.data.items.length === 0 ? <p>{t('search.noResults')}</p> : results.data.items.map((r) => <PostCard key={r.post.id} post={r.post} />))}
    </section>
  );
}

export function Tag() {
  const { tag = '' } = useParams();
  const { t } = useI18n();
  return (
    <section>
      <h1>{t('tag.title', { tag })}</h1>
      <Paged
        queryKey={['tag', tag]}
        load={(cursor) => unwrap(api.GET('/api/tags/{tag}/posts', { params: { path: { tag }, query: { cursor } } }))}
        render={(post) => <PostCard key={post.id} post={post} />}
      />
    </section>
  );
}

export function Profile() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const points = useQuery({ queryKey: ['user-points', id], queryFn: () => unwrap(api.GET("/api/users/{id}/points", { params: { path: { id } } })) as unknown as Promise<{ xp?: number; level?: { number: number; nameEn: string } }>, retry: false });
  const posts = useQuery({ queryKey: ['user-posts', id], queryFn: () => unwrap(api.GET('/api/users/{userId}/posts', { params: { path: { userId: id } } })) });
  const name = posts.data?.items[0]?.author.displayName ?? '';
  return (
    <section>
      <h1>{t('profile.title', { name })}</h1>
      {points.data?.level && <p>{t('growth.level', { number: points.data.level.number, name: points.data.level.nameEn })}</p>}
      <h2>{t('profile.posts')}</h2>
      <Paged
        queryKey={['user-posts-paged', id]}
        load={(cursor) => unwrap(api.GET('/api/users/{userId}/posts', { params: { path: { userId: id }, query: { cursor } } }))}
        render={(post) => <PostCard key={post.id} post={post} />}
      />
    </section>
  );
}
