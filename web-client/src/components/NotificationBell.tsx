import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { useHubEvent } from '../realtime/hub';
import { useI18n } from '../i18n/i18n';

/** Unread count from the notifications module; hidden while that module is not deployed. */
export function NotificationBell() {
  const { t } = useI18n();
  const client = useQueryClient();
  const unread = useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: () => unwrap(api.GET('/api/me/notifications/unread-count')),
    retry: false,
  });
  useHubEvent('notification', () => void client.invalidateQueries({ queryKey: ['notifications'] }));
  if (unread.isError || unread.data === undefined) return null;
  const count = Number(unread.data.count);
  return (
    <Link to="/notifications" className="bell" aria-label={t('nav.notifications', { count })}>
      <span aria-hidden="true">🔔</span>
      {count > 0 && <span className="unread" aria-hidden="true">{count}</span>}
    </Link>
  );
}
