import { useQueryClient } from '@tanstack/react-query';
import { raw } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Paged } from '../components/Paged';
import { RelativeTime } from '../components/RelativeTime';

// Shape from issue 7 (Notifications module).
interface Notification {
  id: string;
  kind: string;
  text: string;
  body: string | null;
  isRead: boolean;
  createdAt: string;
}

export function Notifications() {
  const { t } = useI18n();
  const client = useQueryClient();
  const readAll = async () => {
    await raw('POST', '/api/me/notifications/read-all');
    await client.invalidateQueries({ queryKey: ['notifications'] });
  };
  return (
    <section>
      <h1>{t('notifications.title')}</h1>
      <button type="button" onClick={() => void readAll()}>
        {t('notifications.markAll')}
      </button>
      <ul className="notifications">
        <Paged
          queryKey={['notifications', 'list']}
          load={(cursor) => raw<{ items: Notification[]; nextCursor?: string | null }>('GET', `/api/me/notifications${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`)}
          render={(n) => (
            <li key={n.id} className={n.isRead ? 'read' : 'unread'}>
              {n.text} · <RelativeTime at={n.createdAt} />
            </li>
          )}
        />
      </ul>
    </section>
  );
}
