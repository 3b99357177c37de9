import { NavLink, Outlet, useNavigate } from 'react-router-dom';
import { api } from '../api/client';
import { isOperator, useMe, useSession } from '../auth/session';
import { locales, useI18n, type Locale } from '../i18n/i18n';
import { ConnectionStatus } from './ConnectionStatus';
import { NotificationBell } from './NotificationBell';
import { Toasts } from './Toasts';

export function Layout() {
  const { t, locale, setLocale } = useI18n();
  const me = useMe().data;
  const session = useSession();
  const navigate = useNavigate();
  const changeLocale = (next: Locale) => {
    setLocale(next);
    // The profile keeps the choice, so it follows the member to other devices.
    if (me) void api.PATCH('/api/me', { body: { locale: next } as never });
  };
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="topbar">
        <NavLink to="/" className="brand">
          {t('app.name')}
        </NavLink>
        <nav aria-label={t('app.name')}>
          <NavLink to="/">{t('nav.home')}</NavLink>
          <NavLink to="/groups">{t('nav.groups')}</NavLink>
          <NavLink to="/search">{t('nav.search')}</NavLink>
          {me && <NavLink to="/check-in">{t('nav.checkin')}</NavLink>}
          {me && <NavLink to="/growth">{t('nav.growth')}</NavLink>}
          <NavLink to="/leaderboards">{t('nav.leaderboards')}</NavLink>
          {me && <NavLink to="/rewards">{t('nav.rewards')}</NavLink>}
          {me && <NavLink to="/invite">{t('nav.invite')}</NavLink>}
          {isOperator(me) && <NavLink to="/console">{t('nav.console')}</NavLink>}
        </nav>
        <div className="account">
          <label className="locale">
            <span className="sr-only">{t('nav.language')}</span>
            <select value={locale} onChange={(e) => changeLocale(e.target.value as Locale)} aria-label={t('nav.language')}>
              {locales.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.label}
                </option>
              ))}
            </select>
          </label>
          {me ? (
            <>
              <NotificationBell />
              <NavLink to="/settings">{me.displayName}</NavLink>
              <button
                type="button"
                onClick={() => void session.signOut().then(() => navigate('/'))}
              >
                {t('nav.signOut')}
              </button>
            </>
          ) : (
            <>
              <NavLink to="/login">{t('nav.signIn')}</NavLink>
              <NavLink to="/register">{t('nav.signUp')}</NavLink>
            </>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <Toasts />
      {me && <ConnectionStatus />}
    </>
  );
}
