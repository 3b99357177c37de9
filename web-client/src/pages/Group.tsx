import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { useGroupEvents, useHubEvent } from '../realtime/hub';
import { useMe } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { NewPostsBanner } from '../components/LiveFeed';
import { Paged } from '../components/Paged';
import { PostCard } from '../components/PostCard';
import { ProblemAlert } from '../components/Problem';

type Tab = 'feed' | 'about' | 'members';
const sorts = ['new', 'hot', 'top'] as const;

export function Group() {
  const { slug = '' } = useParams();
  const { t } = useI18n();
  const me = useMe().data;
  const client = useQueryClient();
  const [tab, setTab] = useState<Tab>('feed');
  const [sort, setSort] = useState<(typeof sorts)[number]>('new');
  const [requested, setRequested] = useState(false);
  const group = useQuery({ queryKey: ['group', slug], queryFn: () => unwrap(api.GET('/api/groups/{idOrSlug}', { params: { path: { idOrSlug: slug } } })) });
  const today = useQuery({
    queryKey: ['checkins', 'today', group.data?.id],
    queryFn: () => unwrap(api.GET('/api/check-ins/today', { params: { query: { groupId: group.data!.id } } })),
    enabled: !!group.data,
    retry: false,
  });
  useGroupEvents(group.data ? [group.data.id] : []);
  useHubEvent('checkInCountChanged', (p) => {
    const change = p as { groupId: string; count: number };
    if (change.groupId === group.data?.id) client.setQueryData(['checkins', 'today', change.groupId], { count: change.count });
  });
  const join = useMutation({
    mutationFn: () => unwrap(api.POST('/api/groups/{id}/members', { params: { path: { id: group.data!.id } }, body: { message: null } as never })),
    onSuccess: (result) => {
      if (result.status === 'requested' || result.status === 'pending') setRequested(true);
      void client.invalidateQueries({ queryKey: ['group', slug] });
      void client.invalidateQueries({ queryKey: ['feed'] });
    },
  });
  const leave = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/groups/{id}/members/me', { params: { path: { id: group.data!.id } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['group', slug] }),
  });
  if (group.isPending) return <p>{t('common.loading')}</p>;
  if (group.isError) return <ProblemAlert error={group.error} />;
  const g = group.data;
  const feedKey = ['group-feed', g.id, sort];
  return (
    <section>
      <header className="group-header">
        <h1>{g.name}</h1>
        <p className="meta">
          {t('groups.members', { count: Number(g.memberCount) })} · {t('groups.posts', { count: Number(g.postCount) })}
          {today.data?.count !== undefined && <> · {t('group.todayCheckIns', { count: today.data.count })}</>}
        </p>
        {me && (
          <div className="actions">
            {g.myRole ? (
              <>
                <Link className="button" to={`/groups/${g.slug}/compose`}>
                  {t('group.newPost')}
                </Link>
                {g.myRole.toLowerCase() !== 'owner' && (
                  <button type="button" onClick={() => leave.mutate()}>
                    {t('group.leave')}
                  </button>
                )}
              </>
            ) : requested ? (
              <p>{t('group.requested')}</p>
            ) : (
              <button type="button" onClick={() => join.mutate()} disabled={join.isPending}>
                {g.joinPolicy.toLowerCase() === 'open' ? t('group.join') : t('group.requestToJoin')}
              </button>
            )}
          </div>
        )}
        <ProblemAlert error={join.error ?? leave.error} />
      </header>
      <div role="tablist" className="tabs">
        {(['feed', 'about', 'members'] as Tab[]).map((id) => (
          <button key={id} role="tab" type="button" aria-selected={tab === id} onClick={() => setTab(id)}>
            {t(`group.tab.${id}`)}
          </button>
        ))}
      </div>
      {tab === 'feed' && (
        <div role="tabpanel">
          <div className="segmented" role="group">
            {sorts.map((s) => (
              <button key={s} type="button" aria-pressed={sort === s} onClick={() => setSort(s)}>
                {t(`group.sort.${s}`)}
              </button>
            ))}
          </div>
          <NewPostsBanner queryKey={['group-feed', g.id]} groupId={g.id} />
          <Paged
            queryKey={feedKey}
            load={async (cursor) => {
              const page = await unwrap(api.GET('/api/groups/{groupId}/posts', { params: { path: { groupId: g.id }, query: { sort, cursor } } }));
              return { items: cursor ? page.items : [...page.pinned, ...page.items], nextCursor: page.nextCursor };
            }}
            render={(post) => <PostCard key={post.id} post={post} />}
          />
        </div>
      )}
      {tab === 'about' && (
        <div role="tabpanel" className="card">
          <p>{g.description}</p>
          <p className="meta">{t('group.visibility', { value: g.visibility })}</p>
          <p className="meta">{t('group.joinPolicy', { value: g.joinPolicy })}</p>
        </div>
      )}
      {tab === 'members' && (
        <ul role="tabpanel" className="members">
          <Paged
            queryKey={['group-members', g.id]}
            load={(cursor) => unwrap(api.GET('/api/groups/{id}/members', { params: { path: { id: g.id }, query: { cursor } } }))}
            render={(m) => (
              <li key={m.userId}>
                <Link to={`/users/${m.userId}`}>{m.displayName}</Link> <span className="meta">{m.role}</span>
              </li>
            )}
          />
        </ul>
      )}
    </section>
  );
}
