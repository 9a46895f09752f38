import type { ReactNode } from 'react';
import { lazy, Suspense, useSyncExternalStore } from 'react';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { notificationsStore } from '@mantine/notifications';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n';
import { ViewerProvider } from './session';
import { SocketProvider } from './socket';
import { cssVariablesResolver, theme } from './theme';

const Toasts = lazy(async () => ({ default: (await import('./Toasts')).Toasts }));

let toastShown = false;
function wantsToasts(): boolean {
  if (!toastShown) {
    const { notifications, queue } = notificationsStore.getState();
    toastShown = notifications.length + queue.length > 0;
  }
  return toastShown;
}

/**
 * The toast container, fetched and mounted when the first toast is shown: most page loads show
 * none. The toast waits in the notifications store until the container arrives.
 */
function ToastsWhenWanted() {
  const wanted = useSyncExternalStore(notificationsStore.subscribe, wantsToasts, () => false);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <Toasts />
    </Suspense>
  );
}

export function Providers({ client, children }: { client: ApolloClient; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <MantineProvider
          theme={theme}
          cssVariablesResolver={cssVariablesResolver}
          defaultColorScheme="light"
        >
          <ToastsWhenWanted />
          <ViewerProvider>
            <SocketProvider>{children}</SocketProvider>
          </ViewerProvider>
        </MantineProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}
