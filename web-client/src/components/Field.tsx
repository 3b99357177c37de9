import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldErrors, fieldInvalid } from './Problem';

type Props = { label: ReactNode; name: string; error?: unknown } & InputHTMLAttributes<HTMLInputElement>;

/** A labelled input whose server-side validation errors appear beside it. */
export function Field({ label, name, error, ...input }: Props) {
  return (
    <label className="field">
      <span>{label}</span>
      <input name={name} {...fieldInvalid(error, name)} {...input} />
      <FieldErrors error={error} field={name} />
    </label>
  );
}
