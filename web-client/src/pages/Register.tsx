import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { ApiProblem } from '../api/problem';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { Field } from '../components/Field';
import { ProblemAlert } from '../components/Problem';

export function Register() {
  const { code } = useParams();
  const { t, locale } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [withoutInvite, setWithoutInvite] = useState(false);
  const invite = useQuery({
    queryKey: ['invite', code],
    queryFn: () => unwrap(api.GET('/api/invites/{code}', { params: { path: { code: code! } } })),
    enabled: !!code,
    retry: false,
  });
  const inviteCode = code && !withoutInvite && invite.data?.valid !== false ? code : null;

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const email = String(form.get('email'));
    const password = String(form.get('password'));
    setError(null);
    try {
      await unwrap(
        api.POST('/api/auth/register', {
          body: {
            email,
            password,
            displayName: String(form.get('displayName')),
            timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
            locale,
            inviteCode,
          },
        }),
      );
      await session.signIn(email, password);
      const group = invite.data?.group;
      navigate(inviteCode && group ? `/groups/${group.slug}` : '/');
    } catch (err) {
      setError(err);
      // An invalid code must not block sign-up: offer to continue without it.
      if (err instanceof ApiProblem && err.code === 'invite_invalid') setWithoutInvite(true);
    }
  };

  return (
    <section className="narrow">
      <h1>{t('auth.signUpTitle')}</h1>
      {code && invite.data?.valid && (
        <div className="card invite-banner">
          {invite.data.inviter && <p>{t('auth.invitedBy', { name: invite.data.inviter.displayName })}</p>}
          {invite.data.group && <p>{t('auth.invitedToGroup', { group: invite.data.group.name })}</p>}
        </div>
      )}
      {code && (invite.data?.valid === false || invite.isError) && !withoutInvite && (
        <div className="card invite-banner" role="alert">
          <p>{t('auth.inviteInvalid', { reason: invite.data?.reason ?? t('problem.invite_invalid') })}</p>
          <button type="button" onClick={() => setWithoutInvite(true)}>
            {t('auth.signUpWithoutInvite')}
          </button>
        </div>
      )}
      <form onSubmit={(e) => void submit(e)}>
        <Field label={t('auth.displayName')} name="displayName" required autoComplete="nickname" error={error} />
        <Field label={t('auth.email')} name="email" type="email" required autoComplete="email" error={error} />
        <Field label={t('auth.password')} name="password" type="password" required autoComplete="new-password" error={error} />
        <ProblemAlert error={error} />
        <button type="submit">{t('auth.submitSignUp')}</button>
      </form>
      <p>
        <Link to="/login">{t('auth.haveAccount')}</Link>
      </p>
    </section>
  );
}
