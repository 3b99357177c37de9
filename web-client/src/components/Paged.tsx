import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { ProblemAlert } from './Problem';

interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

/** A keyset-paged list with a "load more" button (cursor from the previous page). */
export function Paged<T>({ queryKey, load, render, empty }: {
  queryKey: QueryKey;
  load: (cursor: string | undefined) => Promise<Page<T>>;
  render: (item: T) => ReactNode;
  empty?: ReactNode;
}) {
  const { t } = useI18n();
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => load(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  if (query.isPending) return <p>{t('common.loading')}</p>;
  if (query.isError) return <ProblemAlert error={query.error} />;
  const items = query.data.pages.flatMap((p) => p.items);
  return (
    <>
      {items.length === 0 ? empty ?? <p>{t('common.empty')}</p> : items.map(render)}
      {query.hasNextPage && (
        <button type="button" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          {t('common.loadMore')}
        </button>
      )}
    </>
  );
}
