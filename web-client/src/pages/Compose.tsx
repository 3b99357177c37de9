import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Markdown } from '../components/Markdown';
import { FieldErrors, ProblemAlert, fieldInvalid } from '../components/Problem';

/** New post in a group (/groups/:slug/compose) or edit (/posts/:id/edit), with a Markdown preview tab. */
export function Compose() {
  const { slug, id } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [tags, setTags] = useState('');
  const [preview, setPreview] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const group = useQuery({ queryKey: ['group', slug], queryFn: () => unwrap(api.GET('/api/groups/{idOrSlug}', { params: { path: { idOrSlug: slug! } } })), enabled: !!slug });
  const existing = useQuery({ queryKey: ['post', id], queryFn: () => unwrap(api.GET('/api/posts/{id}', { params: { path: { id: id! } } })), enabled: !!id });
  useEffect(() => {
    if (existing.data) {
      setTitle(existing.data.title);
      setBody(existing.data.body);
      setTags(existing.data.tags.join(', '));
    }
  }, [existing.data]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const tagList = tags.split(',').map((s) => s.trim()).filter(Boolean);
    try {
      const post = id
        ? await unwrap(api.PATCH('/api/posts/{id}', { params: { path: { id } }, body: { title, body, tags: tagList } }))
        : await unwrap(api.POST('/api/groups/{groupId}/posts', { params: { path: { groupId: group.data!.id } }, body: { title, body, tags: tagList } }));
      navigate(`/posts/${post.id}`);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section>
      <h1>{id ? t('compose.editTitle') : t('compose.title')}{group.data && ` · ${group.data.name}`}</h1>
      <form onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span>{t('compose.postTitle')}</span>
          <input name="title" value={title} onChange={(e) => setTitle(e.target.value)} required {...fieldInvalid(error, 'title')} />
          <FieldErrors error={error} field="title" />
        </label>
        <div className="segmented" role="group">
          <button type="button" aria-pressed={!preview} onClick={() => setPreview(false)}>
            {t('compose.write')}
          </button>
          <button type="button" aria-pressed={preview} onClick={() => setPreview(true)}>
            {t('compose.preview')}
          </button>
        </div>
        {preview ? (
          <div className="card preview" aria-label={t('compose.preview')}>
            <Markdown source={body} />
          </div>
        ) : (
          <label className="field">
            <span>{t('compose.body')}</span>
            <textarea name="body" value={body} onChange={(e) => setBody(e.target.value)} rows={10} required {...fieldInvalid(error, 'body')} />
            <FieldErrors error={error} field="body" />
          </label>
        )}
        <label className="field">
          <span>{t('compose.tags')}</span>
          <input name="tags" value={tags} onChange={(e) => setTags(e.target.value)} />
          <FieldErrors error={error} field="tags" />
        </label>
        <ProblemAlert error={error} />
        <button type="submit" disabled={!id && !group.data}>
          {id ? t('common.save') : t('compose.publish')}
        </button>
      </form>
    </section>
  );
}
