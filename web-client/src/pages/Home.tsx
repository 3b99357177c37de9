import { Link } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { useMe } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { NewPostsBanner } from '../components/LiveFeed';
import { Paged } from '../components/Paged';
import { PostCard } from '../components/PostCard';
import { CheckInWidget } from './CheckIn';

export function Home() {
  const { t } = useI18n();
  const me = useMe();
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
