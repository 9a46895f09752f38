import { lazy, Suspense, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { usePush } from '../../app/socket';
import type { RankFieldsFragment } from '../../gql/graphql';

const RankCelebration = lazy(async () => ({
  default: (await import('./RankCelebration')).RankCelebration,
}));

/**
 * Keeps the viewer's points live: a `points:changed` push refetches their standing and history
 * wherever they are on screen; `rank:promoted` also celebrates the new rank.
 */
export function PointsLive() {
  const client = useApolloClient();
  const [promoted, setPromoted] = useState<RankFieldsFragment | null>(null);
  const [celebrated, setCelebrated] = useState(false);

  // By name: the documents load with the pages that show them.
  const refresh = () =>
    void client
      .refetchQueries({ include: ['MemberStanding', 'MyStanding', 'PointHistory'] })
      .catch(() => undefined);

  usePush('points:changed', refresh);
  usePush('rank:promoted', (push) => {
    refresh();
    import('./RankCelebration')
      .then(({ fetchRank }) => fetchRank(client, push.to))
      .then((rank) => {
        if (!rank) return;
        setPromoted(rank);
        setCelebrated(true);
      })
      .catch(() => undefined);
  });

  // The modal is fetched with the first promotion, then stays mounted for its close transition.
  return celebrated ? (
    <Suspense fallback={null}>
      <RankCelebration rank={promoted} onClose={() => setPromoted(null)} />
    </Suspense>
  ) : null;
}
