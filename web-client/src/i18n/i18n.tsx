import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, type MessageKey } from './en';
import { zhCN } from './zh-CN';
import { ApiProblem } from '../api/problem';

export type Locale = 'en' | 'zh-CN';
export const locales: { id: Locale; label: string }[] = [
  { id: 'en', label: 'English' },
  { id: 'zh-CN', label: '简体中文' },
];
const dictionaries: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };
const storageKey = 'community.locale';

export type Translate = (key: MessageKey, vars?: Record<string, string | number | null | undefined>) => string;

export function format(locale: Locale, key: MessageKey, vars?: Record<string, string | number | null | undefined>): string {
  const template = dictionaries[locale][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? ''));
}

export function normaliseLocale(value: string | null | undefined): Locale {
  return value?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** A translated message for a server problem: the mapped `code`, else the status's generic message. */
export function problemMessage(t: Translate, error: unknown): string {
  if (!(error instanceof ApiProblem)) return t('problem.internal_error');
  const key = `problem.${error.code}` as MessageKey;
  if (key in en) return t(key, error.extensions as Record<string, string | number>);
  return t(`problem.${{ 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 409: 'conflict', 429: 'rate_limited' }[error.status] ?? (error.status < 500 ? 'validation_failed' : 'internal_error')}` as MessageKey);
}

/**
 * The messages for one field of a validation problem, in the member's language: each server code maps to
 * `field.<code>`; an unmapped code shows the server's (English) message in English and a generic one otherwise.
 */
export function fieldMessages(t: Translate, locale: Locale, error: unknown, field: string): string[] {
  if (!(error instanceof ApiProblem)) return [];
  const key = lookupField(error, field);
  if (!key) return [];
  const english = error.errors[key] ?? [];
  const coded = error.fieldErrors[key];
  if (!coded?.length) return locale === 'en' || english.length === 0 ? english : [t('field.invalid')];
  return coded.map((e, i) => {
    const message = `field.${e.code}` as MessageKey;
    if (message in en && e.code !== 'invalid') return t(message, e.args);
    return locale === 'en' && english[i] ? english[i] : t('field.invalid');
  });
}

// The server keys fields by camelCase JSON name; older responses may start with a capital.
function lookupField(error: ApiProblem, field: string): string | undefined {
  const capital = field.charAt(0).toUpperCase() + field.slice(1);
  return [field, capital].find((k) => error.errors[k]?.length || error.fieldErrors[k]?.length);
}

interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(
    () => initial ?? normaliseLocale(localStorage.getItem(storageKey) ?? navigator.language),
  );
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(storageKey, next);
    setLocaleState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<I18n>(() => ({ locale, setLocale, t: (key, vars) => format(locale, key, vars) }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
