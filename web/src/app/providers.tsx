import type { ReactNode } from 'react';
import { useState } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { I18nextProvider } from 'react-i18next';
import { createApolloClient } from './apollo';
import { i18n } from './i18n';
import { SocketProvider } from './socket';
import { theme } from './theme';

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(() => createApolloClient());
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <MantineProvider theme={theme} defaultColorScheme="light">
          <Notifications position="top-right" limit={4} />
          <SocketProvider>{children}</SocketProvider>
        </MantineProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}
