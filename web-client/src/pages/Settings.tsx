import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../api/client';
import { useMe } from '../auth/session';
import { locales, normaliseLocale, useI18n } from '../i18n/i18n';
import { en, type MessageKey } from '../i18n/en';
import { Field } from '../components/Field';
import { FieldErrors, ProblemAlert } from '../components/Problem';

const notificationKindLabel = (t: (k: MessageKey) => string, kind: string) => {
  const key = `notifications.kind.${kind}` as MessageKey;
  return key in en ? t(key) : kind;
};

export function Settings() {
  const { t, setLocale } = useI18n();
  const me = useMe().data;
  const client = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const prefs = useQuery({ queryKey: ['notification-prefs'], queryFn: () => unwrap(api.GET('/api/me/notification-preferences')), retry: false });
  if (!me) return null;
  const zones = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [me.timeZone];
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setError(null);
    setSaved(false);
    try {
      const profile = await unwrap(
        api.PATCH('/api/me', {
          body: {
            displayName: String(form.get('displayName')),
            bio: String(form.get('bio')),
            timeZone: String(form.get('timeZone')),
            locale: String(form.get('locale')),
            leaderboardOptOut: form.get('leaderboardOptOut') === 'on',
          } as never,
        }),
      );
      client.setQueryData(['me'], profile);
      setLocale(normaliseLocale(profile.locale));
      setSaved(true);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section className="narrow">
      <h1>{t('settings.title')}</h1>
      <form onSubmit={(e) => void submit(e)}>
        <Field label={t('auth.displayName')} name="displayName" defaultValue={me.displayName} error={error} />
        <label className="field">
          <span>{t('settings.bio')}</span>
          <textarea name="bio" defaultValue={me.bio ?? ''} rows={3} />
          <FieldErrors error={error} field="bio" />
        </label>
        <label className="field">
          <span>{t('settings.timeZone')}</span>
          <select name="timeZone" defaultValue={me.timeZone}>
            {zones.map((z) => (
              <option key={z}>{z}</option>
            ))}
          </select>
          <FieldErrors error={error} field="timeZone" />
        </label>
        <label className="field">
          <span>{t('settings.language')}</span>
          <select name="locale" defaultValue={normaliseLocale(me.locale)}>
            {locales.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" name="leaderboardOptOut" defaultChecked={me.leaderboardOptOut} /> {t('settings.optOut')}
        </label>
        <ProblemAlert error={error} />
        {saved && <p role="status">{t('common.saved')}</p>}
        <button type="submit">{t('common.save')}</button>
      </form>
      {prefs.data?.preferences && (
        <fieldset className="card">
          <legend>{t('settings.notifications')}</legend>
          {prefs.data.preferences.map((pref, _, all) => (
            <label key={pref.kind} className="check">
              <input
                type="checkbox"
                defaultChecked={pref.inApp}
                onChange={(e) =>
                  void unwrap(
                    api.PUT('/api/me/notification-preferences', {
                      body: { preferences: all.map((x) => (x.kind === pref.kind ? { ...x, inApp: e.target.checked } : x)) },
                    }),
                  ).then(() => client.invalidateQueries({ queryKey: ['notification-prefs'] }))
                }
              />{' '}
              {notificationKindLabel(t, pref.kind)}
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
