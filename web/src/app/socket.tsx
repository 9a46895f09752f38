import {
  createContext,
  useContext,
  useEffect,
  useEffectEvent,
  useState,
  type ReactNode,
} from 'react';
import { useApolloClient } from '@apollo/client/react';
import { SOCKET_PATH, type ServerPushName } from '@kizuna/shared';
import { MeDocument } from '../features/auth/graphql';
import { useViewer } from './session';
import { SocketHub, type KizunaSocket, type PushHandler } from './socketHub';

const SocketContext = createContext<SocketHub | null>(null);

/**
 * What pushes to the member's own room keep current: the bell and their points (by operation
 * name, so the documents load with the pages that show them).
 */
const MEMBER_LIVE_QUERIES = ['NotificationUnreadCount', 'MemberStanding', 'MyStanding'];

/** How long to wait before connecting again after the server refused the socket. */
const RETRY_AFTER_MS = 5_000;

/** socket.io-client, fetched once someone is signed in: visitors never need it. */
let socketIo: typeof import('socket.io-client') | null = null;
const loadSocketIo = async () => (socketIo ??= await import('socket.io-client'));

/**
 * The live connection to the api (socket.io on the same origin, authenticated by the session
 * cookie): open while someone is signed in, closed when they sign out. Once connected, the
 * member's live counts are fetched again (they may have moved while the page loaded), and after
 * a reconnection every query on screen is, so a short outage loses nothing.
 */
export function SocketProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { viewer } = useViewer();
  const memberId = viewer?.id ?? null;
  const [hub] = useState(
    () =>
      new SocketHub({
        create: () =>
          socketIo!.io({
            path: SOCKET_PATH,
            autoConnect: false,
            // WebSocket first (no long-poll request left open), polling where it is blocked.
            transports: ['websocket', 'polling'],
            tryAllTransports: true,
          }) as KizunaSocket,
        onConnected: (reconnected) =>
          void (
            reconnected
              ? client.refetchObservableQueries()
              : client.refetchQueries({ include: MEMBER_LIVE_QUERIES })
          ).catch(() => undefined),
        onRefused: (retry) => {
          // Ask the api whether the session still exists; signing out closes the socket anyway.
          client
            .query({ query: MeDocument, fetchPolicy: 'network-only' })
            .then(({ data }) => {
              if (data?.me) setTimeout(retry, RETRY_AFTER_MS);
            })
            .catch(() => setTimeout(retry, RETRY_AFTER_MS));
        },
      }),
  );

  useEffect(() => {
    if (!memberId) return;
    let active = true;
    void loadSocketIo().then(() => {
      if (active) hub.start();
    });
    return () => {
      active = false;
      hub.stop();
    };
  }, [hub, memberId]);

  return <SocketContext.Provider value={hub}>{children}</SocketContext.Provider>;
}

/** The shared connection, for hooks that handle several pushes together (null in tests). */
export function useSocketHub(): SocketHub | null {
  return useContext(SocketContext);
}

/** Calls `handler` for each push of `event` while the component is mounted. */
export function usePush<E extends ServerPushName>(
  event: E,
  handler: PushHandler<E>,
  enabled = true,
): void {
  const hub = useContext(SocketContext);
  const onPush = useEffectEvent(handler);
  useEffect(() => {
    if (!hub || !enabled) return;
    return hub.on(event, (payload) => onPush(payload));
  }, [hub, event, enabled]);
}

/**
 * Follows a room (`post:<id>`) while mounted: subscribed on mount, again after each reconnection,
 * unsubscribed on unmount. `null` follows nothing.
 */
export function useRoom(room: string | null): void {
  const hub = useContext(SocketContext);
  useEffect(() => {
    if (!hub || !room) return;
    return hub.join(room);
  }, [hub, room]);
}
