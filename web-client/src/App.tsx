import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useEffect, useRef, type ReactNode } from 'react';
import { useMe } from './auth/session';
import { normaliseLocale, useI18n } from './i18n/i18n';
import { RealtimeProvider } from './realtime/hub';
import { Layout } from './components/Layout';
import { Home } from './pages/Home';
import { Login } from './pages/Login';
import { Register } from './pages/Register';
import { Groups } from './pages/Groups';
import { Group } from './pages/Group';
import { Post } from './pages/Post';
import { Compose } from './pages/Compose';
import { Profile, Search, Tag } from './pages/Browse';
import { Growth } from './pages/Growth';
import { Leaderboards } from './pages/Leaderboards';
import { Rewards } from './pages/Rewards';
import { CheckInPage } from './pages/CheckIn';
import { Invite } from './pages/Invite';
import { Settings } from './pages/Settings';
import { Notifications } from './pages/Notifications';
import { Console } from './pages/admin/Console';
import { Rules } from './pages/admin/Rules';
import { Levels } from './pages/admin/Levels';
import { Badges } from './pages/admin/Badges';
import { Challenges } from './pages/admin/Challenges';
import { Seasons } from './pages/admin/Seasons';
import { Announcements } from './pages/admin/Announcements';
import { CampaignInvites } from './pages/admin/CampaignInvites';
import { ReferralStats } from './pages/admin/ReferralStats';
import { Audit, Redemptions, RewardsAdmin } from './pages/admin/RewardsAdmin';

function RequireMember({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return null;
  if (!me.data) return <Navigate to="/login" state={{ from: location.pathname }} replace />;
  return children;
}

/** The profile's language wins once per sign-in; the header switch changes both. */
function ProfileLocale() {
  const me = useMe().data;
  const { setLocale } = useI18n();
  // Only when the member changes: a profile refetch that raced the header switch's PATCH must not switch back.
  const appliedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!me) appliedFor.current = null;
    if (!me?.locale || appliedFor.current === me.id) return;
    appliedFor.current = me.id;
    setLocale(normaliseLocale(me.locale));
  }, [me?.id, me?.locale, setLocale]);
  return null;
}

export function App() {
  const me = useMe().data;
  const member = (page: ReactNode) => <RequireMember>{page}</RequireMember>;
  return (
    <RealtimeProvider enabled={!!me}>
      <ProfileLocale />
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<Home />} />
          <Route path="login" element={<Login />} />
          <Route path="register" element={<Register />} />
          <Route path="join/:code" element={<Register />} />
          <Route path="groups" element={<Groups />} />
          <Route path="groups/:slug" element={<Group />} />
          <Route path="groups/:slug/compose" element={member(<Compose />)} />
          <Route path="posts/:id" element={<Post />} />
          <Route path="posts/:id/edit" element={member(<Compose />)} />
          <Route path="search" element={<Search />} />
          <Route path="tags/:tag" element={<Tag />} />
          <Route path="users/:id" element={<Profile />} />
          <Route path="growth" element={member(<Growth />)} />
          <Route path="leaderboards" element={<Leaderboards />} />
          <Route path="rewards" element={member(<Rewards />)} />
          <Route path="check-in" element={member(<CheckInPage />)} />
          <Route path="invite" element={member(<Invite />)} />
          <Route path="settings" element={member(<Settings />)} />
          <Route path="notifications" element={member(<Notifications />)} />
          <Route path="console" element={member(<Console />)}>
            <Route index element={<Navigate to="rules" replace />} />
            <Route path="rules" element={<Rules />} />
            <Route path="levels" element={<Levels />} />
            <Route path="badges" element={<Badges />} />
            <Route path="rewards" element={<RewardsAdmin />} />
            <Route path="challenges" element={<Challenges />} />
            <Route path="seasons" element={<Seasons />} />
            <Route path="announcements" element={<Announcements />} />
            <Route path="campaigns" element={<CampaignInvites />} />
            <Route path="referrals" element={<ReferralStats />} />
            <Route path="redemptions" element={<Redemptions />} />
            <Route path="audit" element={<Audit />} />
          </Route>
          <Route path="*" element={<Navigate to="/" replace />} />
        </Route>
      </Routes>
    </RealtimeProvider>
  );
}
