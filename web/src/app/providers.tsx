import type { ReactNode } from 'react';
import { lazy, Suspense } from 'react';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n';
import { SocketProvider } from './socket';
import { cssVariablesResolver, theme } from './theme';

// Toasts shown before this arrives wait in the notifications store.
const Toasts = lazy(async () => ({ default: (await import('./Toasts')).Toasts }));

export function Providers({ client, children }: { client: ApolloClient; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <MantineProvider
          theme={theme}
          cssVariablesResolver={cssVariablesResolver}
          defaultColorScheme="light"
        >
          <Suspense fallback={null}>
            <Toasts />
          </Suspense>
          <SocketProvider>{children}</SocketProvider>
        </MantineProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}
