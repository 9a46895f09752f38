import { Button, Center } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface LoadMoreButtonProps {
  pageInfo: { hasNextPage: boolean; endCursor: string | null } | null | undefined;
  loading: boolean;
  /** Fetches the page after `after`; a rejection is swallowed (handle it here to report it). */
  onLoadMore: (after: string | null) => Promise<unknown>;
}

/** "Load more" under a cursor-paginated list, while the connection has a next page. */
export function LoadMoreButton({ pageInfo, loading, onLoadMore }: LoadMoreButtonProps) {
  const { t } = useTranslation();
  if (!pageInfo?.hasNextPage) return null;
  return (
    <Center>
      <Button
        variant="default"
        loading={loading}
        onClick={() => void onLoadMore(pageInfo.endCursor).catch(() => undefined)}
      >
        {t('actions.loadMore')}
      </Button>
    </Center>
  );
}
