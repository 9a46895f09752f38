import { isReference } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { eventRoom } from '@kizuna/shared';
import { usePush, useRoom } from '../../app/socket';
import { EventViewerDocument } from './graphql';
import { withCounts } from './logic';

/**
 * While an event's page is open: its seat, waitlist and check-in counts follow the pushes to its
 * room. `onChange` hears of each push; by default the viewer's own answer is fetched again (a
 * freed seat may have gone to them from the waitlist).
 */
export function useEventLive(
  event: { id: string; capacity?: number | null } | null,
  onChange?: () => void,
): void {
  const client = useApolloClient();
  useRoom(event ? eventRoom(event.id) : null);
  usePush(
    'event:changed',
    (p) => {
      if (!event || p.eventId !== event.id) return;
      const counts = withCounts(event, p);
      client.cache.modify({
        id: client.cache.identify({ __typename: 'Event', id: event.id }),
        fields: {
          seatsTaken: () => counts.seatsTaken,
          waitlistCount: () => counts.waitlistCount,
          spotsLeft: () => counts.spotsLeft,
          attendance: (current) =>
            current && !isReference(current) ? { ...current, checkedIn: p.checkedIn } : current,
        },
      });
      if (onChange) onChange();
      else
        void client
          .query({
            query: EventViewerDocument,
            variables: { id: event.id },
            fetchPolicy: 'network-only',
          })
          .catch(() => undefined);
    },
    !!event,
  );
}
