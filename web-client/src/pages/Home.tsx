import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useGroupEvents } from '../realtime/hub';
import { useMe } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { NewPostsBanner } from '../components/LiveFeed';
import { Paged } from '../components/Paged';
import { PostCard } from '../components/PostCard';
import { CheckInWidget } from './CheckIn';

export function Home() {
  const { t } = useI18n();
  const me = useMe();
  // The home feed is the member's groups, so it listens to each of them.
  const groups = useQuery({ queryKey: ['groups', 'mine'], queryFn: () => unwrap(api.GET('/api/groups', { params: { query: { limit: 100 } } })), enabled: !!me.data });
  useGroupEvents(groups.data?.items.filter((g) => g.myRole).map((g) => g.id) ?? []);
  if (me.isPending) return <p>{t('common.loading')}</p>;
  if (!me.data)
    return (
      <section>
        <h1>{t('app.name')}</h1>
        <p>
          <Link to="/register">{t('nav.signUp')}</Link> · <Link to="/login">{t('nav.signIn')}</Link> ·{' '}
          <Link to="/groups">{t('nav.groups')}</Link>
        </p>
      </section>
    );
  const key = ['feed'];
  return (
    <section className="with-aside">
      <div>
        <h1>{t('feed.title')}</h1>
        <NewPostsBanner queryKey={key} />
        <Paged
          queryKey={key}
          load={(cursor) => unwrap(api.GET('/api/feed', { params: { query: { cursor } } }))}
          render={(post) => <PostCard key={post.id} post={post} />}
          empty={<p>{t('feed.emptyHint')}</p>}
        />
      </div>
      <aside>
        <CheckInWidget />
      </aside>
    </section>
  );
}
