import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/en';
import { Field } from '../../components/Field';
import { FieldErrors, ProblemAlert, fieldInvalid } from '../../components/Problem';

const bodies = ['bodyEn', 'bodyZh'] as const;

/** An announcement to every member, in both languages; the server delivers it as a notification. */
export function Announcements() {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const text = (k: string) => String(f.get(k) ?? '').trim() || null;
    setError(null);
    setSent(false);
    try {
      await unwrap(api.POST('/api/admin/announcements', { body: { titleEn: text('titleEn'), titleZh: text('titleZh'), bodyEn: text('bodyEn'), bodyZh: text('bodyZh') } }));
      form.reset();
      setSent(true);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="card" onSubmit={(e) => void submit(e)}>
      <h2>{t('announcement.new')}</h2>
      <Field label={t('announcement.titleEn')} name="titleEn" error={error} />
      <Field label={t('announcement.titleZh')} name="titleZh" error={error} />
      {bodies.map((k) => (
        <label key={k} className="field">
          <span>{t(`announcement.${k}` as MessageKey)}</span>
          <textarea name={k} rows={4} {...fieldInvalid(error, k)} />
          <FieldErrors error={error} field={k} />
        </label>
      ))}
      <ProblemAlert error={error} />
      {sent && <p role="status">{t('announcement.sent')}</p>}
      <button type="submit" className="primary">
        {t('announcement.send')}
      </button>
    </form>
  );
}
