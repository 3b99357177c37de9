import { useEffect, useState } from 'react';
import { useHub } from '../realtime/hub';
import { useI18n } from '../i18n/i18n';

/**
 * Says so while a live connection that was up is being re-established (fixed position, so nothing moves);
 * data-state lets tests and support tools see whether live updates are flowing.
 */
export function ConnectionStatus() {
  const { t } = useI18n();
  const { connected } = useHub();
  const [wasConnected, setWasConnected] = useState(false);
  useEffect(() => {
    if (connected) setWasConnected(true);
  }, [connected]);
  const state = connected ? 'connected' : wasConnected ? 'reconnecting' : 'idle';
  return (
    <div className="connection" data-testid="connection" data-state={state} role="status">
      {state === 'reconnecting' && t('realtime.reconnecting')}
    </div>
  );
}
