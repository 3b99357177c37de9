import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/en';
import { Field } from '../../components/Field';
import { Paged } from '../../components/Paged';
import { ProblemAlert } from '../../components/Problem';
import { RelativeTime } from '../../components/RelativeTime';

/** Campaign invite codes tagged with a channel (e.g. an article or a meetup), their use and revocation. */
export function CampaignInvites() {
  const { t } = useI18n();
  const client = useQueryClient();
  const [channel, setChannel] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<Schemas['InviteCodeView'] | null>(null);
  const revoke = useMutation({
    mutationFn: (code: string) => unwrap(api.DELETE('/api/admin/invites/{code}', { params: { path: { code } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'campaigns'] }),
  });
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const text = (k: string) => String(f.get(k) ?? '').trim();
    const expires = text('expiresAt');
    setError(null);
    setCreated(null);
    try {
      const code = await unwrap(
        api.POST('/api/admin/invites', {
          body: {
            label: text('label'),
            channel: text('channel'),
            maxUses: text('maxUses') ? Number(text('maxUses')) : null,
            // datetime-local is the operator's local time; the server wants an instant.
            expiresAt: expires ? new Date(expires).toISOString() : null,
            groupId: null,
          },
        }),
      );
      form.reset();
      setCreated(code);
      await client.invalidateQueries({ queryKey: ['admin', 'campaigns'] });
    } catch (err) {
      setError(err);
    }
  };
  const uses = (c: Schemas['InviteCodeView']) =>
    c.maxUses == null ? t('campaign.uses', { uses: Number(c.uses) }) : t('campaign.usesOf', { uses: Number(c.uses), max: Number(c.maxUses) });
  return (
    <div>
      <form className="card" onSubmit={(e) => void submit(e)}>
        <h2>{t('campaign.new')}</h2>
        <Field label={t('campaign.label')} name="label" error={error} />
        <Field label={t('campaign.channel')} name="channel" placeholder="wechat-article-nov" error={error} />
        <Field label={t('campaign.maxUses')} name="maxUses" type="number" min={1} error={error} />
        <Field label={t('campaign.expiresAt')} name="expiresAt" type="datetime-local" error={error} />
        <ProblemAlert error={error} />
        {created && (
          <p role="status">
            {t('campaign.created', { code: created.code })} <code>{created.url}</code>
          </p>
        )}
        <button type="submit">{t('common.create')}</button>
      </form>
      <label className="field">
        <span>{t('campaign.filter')}</span>
        <input type="search" value={channel} onChange={(e) => setChannel(e.target.value.trim())} />
      </label>
      <ProblemAlert error={revoke.error} />
      <ul className="campaigns">
        <Paged
          queryKey={['admin', 'campaigns', channel]}
          load={(cursor) => unwrap(api.GET('/api/admin/invites', { params: { query: { cursor, channel: channel || undefined } } }))}
          render={(c) => (
            <li key={c.id} className="card" data-testid="campaign">
              <code>{c.code}</code> · {c.label ?? t('common.none')} · {c.channel} · {uses(c)} · {t(`campaign.status.${c.status}` as MessageKey)}
              {c.expiresAt && (
                <>
                  {' '}
                  · {t('campaign.expiresAt')} <RelativeTime at={c.expiresAt} />
                </>
              )}{' '}
              {c.status !== 'revoked' && (
                <button type="button" disabled={revoke.isPending} onClick={() => revoke.mutate(c.code)} aria-label={`${t('campaign.revoke')} ${c.code}`}>
                  {t('campaign.revoke')}
                </button>
              )}
            </li>
          )}
        />
      </ul>
    </div>
  );
}
