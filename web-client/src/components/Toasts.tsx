import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useHubEvent } from '../realtime/hub';
import { useI18n } from '../i18n/i18n';

interface Toast {
  id: number;
  text: string;
}

let nextId = 1;

/** Level-ups and badges pop up as toasts (role=status, so screen readers hear them without losing focus). */
export function Toasts() {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const push = (text: string) => {
    const id = nextId++;
    setToasts((all) => [...all, { id, text }]);
    setTimeout(() => setToasts((all) => all.filter((x) => x.id !== id)), 6_000);
  };
  // Level-ups and badges arrive as `notification` messages (texts rendered server-side in the member's locale).
  useHubEvent('notification', (p) => {
    const n = p as { kind: string; text: string };
    if (n.kind !== 'levelReached' && n.kind !== 'badgeEarned') return;
    push(n.text);
    void client.invalidateQueries({ queryKey: ['points'] });
    void client.invalidateQueries({ queryKey: ['badges'] });
  });
  useHubEvent('levelReached', (p) => {
    const payload = p as { level?: number; levelNumber?: number };
    push(t('notifications.levelUp', { level: payload.level ?? payload.levelNumber }));
    void client.invalidateQueries({ queryKey: ['points'] });
  });
  useHubEvent('badgeEarned', (p) => {
    const payload = p as { nameEn?: string; nameZh?: string; name?: string };
    push(t('notifications.badge', { name: (locale === 'zh-CN' ? payload.nameZh : payload.nameEn) ?? payload.name }));
    void client.invalidateQueries({ queryKey: ['badges'] });
  });
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className="toast">
          {toast.text}
        </div>
      ))}
    </div>
  );
}
