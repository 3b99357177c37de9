import { Link } from 'react-router-dom';
import type { Schemas } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { RelativeTime } from './RelativeTime';

export function PostCard({ post }: { post: Schemas['PostSummary'] }) {
  const { t } = useI18n();
  const total = Object.values(post.reactions as Record<string, number>).reduce((a, b) => a + Number(b), 0);
  return (
    <article className="card post-card" data-post-id={post.id}>
      <h3>
        <Link to={`/posts/${post.id}`}>{post.title}</Link>
      </h3>
      <p className="meta">
        {post.isPinned && <span className="badge">{t('post.pinned')}</span>}
        <Link to={`/users/${post.author.id}`}>{post.author.displayName}</Link> · <RelativeTime at={post.createdAt} />
      </p>
      <p>{post.excerpt}</p>
      <p className="meta">
        {post.tags.map((tag) => (
          <Link key={tag} className="tag" to={`/tags/${encodeURIComponent(tag)}`}>
            #{tag}
          </Link>
        ))}
        <span>{t('post.comments', { count: Number(post.commentCount) })}</span> · <span aria-hidden="true">👍 {total}</span>
      </p>
    </article>
  );
}
