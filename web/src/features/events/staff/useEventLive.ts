import { isReference } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { eventRoom } from '@kizuna/shared';
import { usePush, useRoom } from '../../../app/socket';

/**
 * Follows an event's room: its seat, waitlist and check-in counts are written into the cache as
 * they are pushed, and `onChange` hears of each push (to refetch lists).
 */
export function useEventLive(eventId: string | null, onChange?: () => void): void {
  const client = useApolloClient();
  useRoom(eventId ? eventRoom(eventId) : null);
  usePush(
    'event:changed',
    (p) => {
      if (p.eventId !== eventId) return;
      client.cache.modify({
        id: client.cache.identify({ __typename: 'Event', id: p.eventId }),
        fields: {
          seatsTaken: () => p.seatsTaken,
          waitlistCount: () => p.waitlistCount,
          attendance: (current) =>
            current && !isReference(current) ? { ...current, checkedIn: p.checkedIn } : current,
        },
      });
      onChange?.();
    },
    !!eventId,
  );
}
