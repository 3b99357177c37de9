import { ApiProblem } from '../api/problem';
import { problemMessage, useI18n } from '../i18n/i18n';

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

/** The server's validation errors for one field (camelCase key), shown next to the field. */
export function FieldErrors({ error, field }: { error: unknown; field: string }) {
  if (!(error instanceof ApiProblem)) return null;
  const messages = error.errors[field] ?? error.errors[field.charAt(0).toUpperCase() + field.slice(1)];
  if (!messages?.length) return null;
  return (
    <span className="field-error" id={`${field}-error`} role="alert">
      {messages.join(' ')}
    </span>
  );
}

export const fieldInvalid = (error: unknown, field: string) =>
  error instanceof ApiProblem && !!error.errors[field]?.length ? { 'aria-invalid': true, 'aria-describedby': `${field}-error` } : {};
