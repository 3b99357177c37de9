import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { useHubEvent } from '../realtime/hub';
import { useI18n } from '../i18n/i18n';

/**
 * Counts posts published since the feed was loaded and offers to show them; the slot keeps its height
 * whether or not the banner shows, so a live update never moves what the reader is looking at.
 */
export function NewPostsBanner({ queryKey, groupId }: { queryKey: QueryKey; groupId?: string }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [fresh, setFresh] = useState<string[]>([]);
  useHubEvent('postPublished', (p) => {
    const post = p as { postId?: string; id?: string; groupId?: string };
    const id = post.postId ?? post.id ?? '';
    if (groupId && post.groupId && post.groupId !== groupId) return;
    setFresh((all) => (all.includes(id) ? all : [...all, id]));
  });
  const show = () => {
    setFresh([]);
    void client.resetQueries({ queryKey });
  };
  return (
    <div className="banner-slot">
      {fresh.length > 0 && (
        <button type="button" className="new-posts" onClick={show}>
          {t('feed.newPosts', { count: fresh.length })}
        </button>
      )}
    </div>
  );
}
