import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/en';
import { ProblemAlert } from './Problem';

export const reactionKinds = ['like', 'love', 'insightful', 'funny'] as const;
const icons: Record<string, string> = { like: '👍', love: '❤️', insightful: '💡', funny: '😄' };

interface Props {
  target: 'posts' | 'comments';
  id: string;
  reactions: Record<string, number | string>;
  mine: string[];
  onChange?: (reactions: Record<string, number | string>, mine: string[]) => void;
}

/** Toggle buttons with counts; aria-pressed tells keyboard and screen-reader users which are mine. */
export function Reactions({ target, id, reactions, mine, onChange }: Props) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const toggle = async (kind: string) => {
    setError(null);
    const params = { params: { path: { id, reaction: kind } } };
    const path = target === 'posts' ? '/api/posts/{id}/reactions/{reaction}' : '/api/comments/{id}/reactions/{reaction}';
    try {
      const result = await unwrap(mine.includes(kind) ? api.DELETE(path, params) : api.PUT(path, params));
      onChange?.(result.reactions as Record<string, number>, result.myReactions);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div className="reactions">
      {reactionKinds.map((kind) => (
        <button
          key={kind}
          type="button"
          className="reaction"
          aria-pressed={mine.includes(kind)}
          aria-label={t('post.react', { reaction: t(`reaction.${kind}` as MessageKey) })}
          onClick={() => void toggle(kind)}
        >
          <span aria-hidden="true">{icons[kind]}</span> <span className="count">{Number(reactions[kind] ?? 0)}</span>
        </button>
      ))}
      <ProblemAlert error={error} />
    </div>
  );
}
