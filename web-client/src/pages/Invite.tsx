import { useQuery } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/en';
import { ProblemAlert } from '../components/Problem';

export function Invite() {
  const { t } = useI18n();
  const invite = useQuery({ queryKey: ['invite', 'mine'], queryFn: () => unwrap(api.GET('/api/me/invite')), retry: false });
  const referrals = useQuery({ queryKey: ['referrals'], queryFn: () => unwrap(api.GET('/api/me/referrals')), retry: false });
  const [qr, setQr] = useState<string>('');
  const [copied, setCopied] = useState(false);
  const link = invite.data ? new URL(`/join/${invite.data.code}`, location.origin).toString() : '';
  useEffect(() => {
    if (link) void QRCode.toDataURL(link, { margin: 1, width: 192 }).then(setQr);
  }, [link]);
  const copy = async () => {
    await navigator.clipboard?.writeText(link);
    setCopied(true);
  };
  const people = referrals.data?.items ?? [];
  return (
    <section>
      <h1>{t('invite.title')}</h1>
      <ProblemAlert error={invite.error} />
      {invite.data && (
        <div className="card">
          <label className="field">
            <span>{t('invite.link')}</span>
            <input readOnly value={link} data-testid="invite-link" onFocus={(e) => e.target.select()} />
          </label>
          <button type="button" onClick={() => void copy()}>
            {copied ? t('invite.copied') : t('invite.copy')}
          </button>
          {qr && <img src={qr} alt={t('invite.qr')} width={192} height={192} />}
        </div>
      )}
      <h2>{t('invite.invitees')}</h2>
      <ul>
        {people.map((p) => (
          <li key={p.id}>
            {p.invitee.displayName} · {t(`invite.status.${p.status.toLowerCase()}` as MessageKey)}
            {Number(p.pointsEarned) > 0 && <> · {t('rewards.cost', { cost: p.pointsEarned })}</>}
          </li>
        ))}
      </ul>
    </section>
  );
}
