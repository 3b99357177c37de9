import { NavLink, Outlet } from 'react-router-dom';
import { isOperator, useMe } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';

/** Role-gated shell; the server enforces the roles too, this only hides what would be refused. */
export function Console() {
  const { t } = useI18n();
  const me = useMe();
  if (me.isPending) return <p>{t('common.loading')}</p>;
  if (!isOperator(me.data)) return <p role="alert">{t('console.forbidden')}</p>;
  return (
    <section>
      <h1>{t('console.title')}</h1>
      <nav className="tabs" aria-label={t('console.title')}>
        <NavLink to="/console/rules">{t('console.rules')}</NavLink>
        <NavLink to="/console/levels">{t('console.levels')}</NavLink>
        <NavLink to="/console/badges">{t('console.badges')}</NavLink>
        <NavLink to="/console/rewards">{t('console.rewards')}</NavLink>
        <NavLink to="/console/challenges">{t('console.challenges')}</NavLink>
        <NavLink to="/console/seasons">{t('console.seasons')}</NavLink>
        <NavLink to="/console/announcements">{t('console.announcements')}</NavLink>
        <NavLink to="/console/campaigns">{t('console.campaigns')}</NavLink>
        <NavLink to="/console/referrals">{t('console.referrals')}</NavLink>
        <NavLink to="/console/redemptions">{t('console.redemptions')}</NavLink>
        <NavLink to="/console/audit">{t('console.audit')}</NavLink>
      </nav>
      <Outlet />
    </section>
  );
}
