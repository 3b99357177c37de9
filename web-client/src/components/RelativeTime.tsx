import { useI18n } from '../i18n/i18n';

export function RelativeTime({ at }: { at: string }) {
  const { locale } = useI18n();
  const date = new Date(at);
  return <time dateTime={at}>{date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })}</time>;
}
