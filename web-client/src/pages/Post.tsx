import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, unwrap, type Schemas } from '../api/client';
import { useMe } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { useGroupEvents, useHubEvent } from '../realtime/hub';
import { Html } from '../components/Markdown';
import { Paged } from '../components/Paged';
import { FieldErrors, ProblemAlert } from '../components/Problem';
import { Reactions } from '../components/Reactions';
import { RelativeTime } from '../components/RelativeTime';

type Comment = Schemas['CommentResponse'];

export function Post() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const me = useMe().data;
  const client = useQueryClient();
  const post = useQuery({ queryKey: ['post', id], queryFn: () => unwrap(api.GET('/api/posts/{id}', { params: { path: { id } } })) });
  useGroupEvents(post.data ? [post.data.groupId] : []);
  // Live updates: counts change in place, new comments refetch the thread.
  useHubEvent('reactionsChanged', (p) => {
    const change = p as { targetKind: string; targetId: string; postId: string; counts: Record<string, number> };
    if (change.postId !== id) return;
    if (change.targetId === id) client.setQueryData(['post', id], (old: Schemas['PostResponse'] | undefined) => old && { ...old, reactions: change.counts });
    else void client.invalidateQueries({ queryKey: ['comments', id] });
  });
  useHubEvent('commentPosted', (p) => {
    if ((p as { postId?: string }).postId !== id) return;
    void client.invalidateQueries({ queryKey: ['comments', id] });
    void client.invalidateQueries({ queryKey: ['post', id] });
  });
  if (post.isPending) return <p>{t('common.loading')}</p>;
  if (post.isError) return <ProblemAlert error={post.error} />;
  const p = post.data;
  if (p.removed) return <p>{t('post.removed')}</p>;
  return (
    <article className="post">
      <h1>{p.title}</h1>
      <p className="meta">
        {p.isPinned && <span className="badge">{t('post.pinned')}</span>}
        {p.isLocked && <span className="badge">{t('post.locked')}</span>}
        <Link to={`/users/${p.author.id}`}>{p.author.displayName}</Link> · <RelativeTime at={p.createdAt} />
        {p.editedAt && <> · {t('post.edited')}</>}
        {p.canEdit && (
          <>
            {' '}
            · <Link to={`/posts/${p.id}/edit`}>{t('common.edit')}</Link>
          </>
        )}
      </p>
      <Html html={p.bodyHtml} />
      <p>
        {p.tags.map((tag) => (
          <Link key={tag} className="tag" to={`/tags/${encodeURIComponent(tag)}`}>
            #{tag}
          </Link>
        ))}
      </p>
      <Reactions
        target="posts"
        id={p.id}
        reactions={p.reactions as Record<string, number>}
        mine={p.myReactions}
        onChange={(reactions, mine) => client.setQueryData(['post', id], { ...p, reactions, myReactions: mine })}
      />
      <h2>{t('post.comments', { count: Number(p.commentCount) })}</h2>
      {me && !p.isLocked && <CommentForm postId={p.id} />}
      <Comments postId={p.id} />
    </article>
  );
}

function Comments({ postId, parent }: { postId: string; parent?: string }) {
  return (
    <ul className="comments">
      <Paged
        queryKey={parent ? ['comments', postId, parent] : ['comments', postId]}
        load={(cursor) =>
          parent
            ? unwrap(api.GET('/api/comments/{id}/replies', { params: { path: { id: parent }, query: { cursor } } }))
            : unwrap(api.GET('/api/posts/{id}/comments', { params: { path: { id: postId }, query: { cursor } } }))
        }
        render={(c) => <CommentItem key={c.id} comment={c} />}
        empty={<></>}
      />
    </ul>
  );
}

function CommentItem({ comment }: { comment: Comment }) {
  const { t } = useI18n();
  const me = useMe().data;
  const [c, setC] = useState(comment);
  const [replying, setReplying] = useState(false);
  const [showReplies, setShowReplies] = useState(false);
  return (
    <li className="comment" data-comment-id={c.id}>
      <p className="meta">
        {c.author.displayName} · <RelativeTime at={c.createdAt} />
      </p>
      <Html html={c.bodyHtml} />
      <Reactions target="comments" id={c.id} reactions={c.reactions as Record<string, number>} mine={c.myReactions} onChange={(reactions, mine) => setC({ ...c, reactions, myReactions: mine })} />
      {me && !c.parentCommentId && (
        <button type="button" className="link" onClick={() => setReplying(!replying)}>
          {t('post.reply')}
        </button>
      )}
      {Number(c.replyCount) > 0 && !showReplies && (
        <button type="button" className="link" onClick={() => setShowReplies(true)}>
          {t('post.replies', { count: Number(c.replyCount) })}
        </button>
      )}
      {replying && <CommentForm postId={c.postId} parentId={c.id} onDone={() => { setReplying(false); setShowReplies(true); }} />}
      {showReplies && <Comments postId={c.postId} parent={c.id} />}
    </li>
  );
}

function CommentForm({ postId, parentId, onDone }: { postId: string; parentId?: string; onDone?: () => void }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [body, setBody] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await unwrap(api.POST('/api/posts/{id}/comments', { params: { path: { id: postId } }, body: { body, parentCommentId: parentId ?? null } }));
      setBody('');
      await client.invalidateQueries({ queryKey: ['comments', postId] });
      onDone?.();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="comment-form" onSubmit={(e) => void submit(e)}>
      <label className="field">
        <span>{parentId ? t('post.reply') : t('post.addComment')}</span>
        <textarea name="body" value={body} onChange={(e) => setBody(e.target.value)} rows={3} required />
        <FieldErrors error={error} field="body" />
      </label>
      <ProblemAlert error={error} />
      <button type="submit">{t('post.send')}</button>
    </form>
  );
}
