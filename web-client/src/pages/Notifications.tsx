import { useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Paged } from '../components/Paged';
import { RelativeTime } from '../components/RelativeTime';

export function Notifications() {
  const { t } = useI18n();
  const client = useQueryClient();
  const readAll = async () => {
    await unwrap(api.POST('/api/me/notifications/read-all'));
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
          load={(cursor) => unwrap(api.GET('/api/me/notifications', { params: { query: { cursor } } }))}
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
