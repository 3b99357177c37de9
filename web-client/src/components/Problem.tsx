import { ApiProblem } from '../api/problem';
import { fieldMessages, problemMessage, useI18n } from '../i18n/i18n';

/** The translated message for a failed request, announced to screen readers. */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <p role="alert" className="problem" data-code={error instanceof ApiProblem ? error.code : undefined}>
      {problemMessage(t, error)}
    </p>
  );
}

/** The server's validation errors for one field (camelCase key), translated and shown next to the field. */
export function FieldErrors({ error, field }: { error: unknown; field: string }) {
  const { t, locale } = useI18n();
  const messages = fieldMessages(t, locale, error, field);
  if (!messages.length) return null;
  return (
    <span className="field-error" id={`${field}-error`} role="alert">
      {messages.join(' ')}
    </span>
  );
}

export const fieldInvalid = (error: unknown, field: string) =>
  error instanceof ApiProblem && (!!error.errors[field]?.length || !!error.fieldErrors[field]?.length)
    ? { 'aria-invalid': true, 'aria-describedby': `${field}-error` }
    : {};
