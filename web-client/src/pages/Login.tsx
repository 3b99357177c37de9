import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { Field } from '../components/Field';
import { ProblemAlert } from '../components/Problem';

export function Login() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await session.signIn(String(form.get('email')), String(form.get('password')));
      navigate(from, { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="narrow">
      <h1>{t('auth.signInTitle')}</h1>
      <form onSubmit={(e) => void submit(e)}>
        <Field label={t('auth.email')} name="email" type="email" autoComplete="email" required error={error} />
        <Field label={t('auth.password')} name="password" type="password" autoComplete="current-password" required error={error} />
        <ProblemAlert error={error} />
        <button type="submit" disabled={busy}>
          {t('auth.submitSignIn')}
        </button>
      </form>
      <p>
        <Link to="/register">{t('auth.noAccount')}</Link>
      </p>
    </section>
  );
}
