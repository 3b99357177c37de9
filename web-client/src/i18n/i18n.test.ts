import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';
import { fieldMessages, format, normaliseLocale, problemMessage } from './i18n';
import { ApiProblem, toProblem } from '../api/problem';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('give every English key a non-empty Chinese text with the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(zhCN[key], key).toBeTruthy();
      expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('do not leave English text in Chinese strings that are not product names', () => {
    const latin = Object.entries(zhCN).filter(([key, text]) => !key.startsWith('app.') && /[A-Za-z]{4,}/.test(text.replace(/\{\w+\}|Markdown|slug|AND|OR/g, '')));
    expect(latin).toEqual([]);
  });

  it('fill placeholders', () => {
    expect(format('en', 'checkin.streak', { days: 4 })).toBe('4-day streak');
    expect(format('zh-CN', 'checkin.streak', { days: 4 })).toBe('连续签到 4 天');
  });

  it('pick zh-CN for any Chinese locale and English otherwise', () => {
    expect(normaliseLocale('zh-CN')).toBe('zh-CN');
    expect(normaliseLocale('zh-Hans')).toBe('zh-CN');
    expect(normaliseLocale('fr-FR')).toBe('en');
    expect(normaliseLocale(null)).toBe('en');
  });
});

describe('problem codes', () => {
  const t = (locale: 'en' | 'zh-CN') => (key: keyof typeof en, vars?: Record<string, string | number | null | undefined>) => format(locale, key, vars);

  it('map a known code to its translated message with the problem extensions as values', () => {
    const problem = toProblem(403, { code: 'privilege_required', detail: 'x', privilege: 'groups.create', requiredLevel: 3 });
    expect(problemMessage(t('en'), problem)).toBe('You need a higher level for this (level 3).');
    expect(problemMessage(t('zh-CN'), problem)).toBe('需要更高的等级（等级 3）。');
  });

  it('fall back to the status when the code is unknown', () => {
    expect(problemMessage(t('en'), new ApiProblem(409, 'something_new', 'x'))).toBe(en['problem.conflict']);
    expect(problemMessage(t('en'), new ApiProblem(503, 'something_new', 'x'))).toBe(en['problem.internal_error']);
  });

  it('read an RFC 9457 body: code, detail and camelCase field errors', () => {
    const problem = toProblem(400, { title: 'One or more fields are invalid.', code: 'validation_failed', errors: { points: ['Points must be between 1 and 10000.'] } });
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors.points).toEqual(['Points must be between 1 and 10000.']);
    expect(toProblem(429, undefined).code).toBe('rate_limited');
  });

  it('translate each field error from its code and arguments, in both languages', () => {
    const problem = toProblem(400, {
      code: 'validation_failed',
      errors: { displayName: ['Display name must be between 2 and 50 characters.'], tier: ['Tier must be bronze, silver or gold.'] },
      fieldErrors: { displayName: [{ code: 'length', args: { minLength: 2, maxLength: 50 } }], tier: [{ code: 'not_allowed', args: {} }] },
    });
    expect(fieldMessages(t('en'), 'en', problem, 'displayName')).toEqual(['Between 2 and 50 characters.']);
    expect(fieldMessages(t('zh-CN'), 'zh-CN', problem, 'displayName')).toEqual(['长度须在 2 到 50 个字符之间。']);
    expect(fieldMessages(t('zh-CN'), 'zh-CN', problem, 'tier')).toEqual(['请从允许的选项中选择。']);
    expect(fieldMessages(t('en'), 'en', problem, 'other')).toEqual([]);
  });

  it('show an unmapped field error in English as the server wrote it and as a generic message in Chinese', () => {
    const problem = toProblem(400, {
      code: 'validation_failed',
      errors: { body: ['Comment must not be blank.'] },
      fieldErrors: { body: [{ code: 'invalid', args: {} }] },
    });
    expect(fieldMessages(t('en'), 'en', problem, 'body')).toEqual(['Comment must not be blank.']);
    expect(fieldMessages(t('zh-CN'), 'zh-CN', problem, 'body')).toEqual([zhCN['field.invalid']]);
  });
});
