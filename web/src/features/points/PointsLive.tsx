import { lazy, Suspense, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { usePush } from '../../app/socket';
import type { RankFieldsFragment } from '../../gql/graphql';
import {
  MemberStandingDocument,
  MyStandingDocument,
  PointHistoryDocument,
  RanksDocument,
} from './graphql';

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

  const refresh = () =>
    void client
      .refetchQueries({
        include: [MemberStandingDocument, MyStandingDocument, PointHistoryDocument],
      })
      .catch(() => undefined);

  usePush('points:changed', refresh);
  usePush('rank:promoted', (push) => {
    refresh();
    void client
      .query({ query: RanksDocument, fetchPolicy: 'network-only' })
      .then(({ data }) => {
        const rank = data?.ranks.find((r) => r.position === push.to);
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
