import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { i18nReady } from './app/i18n';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { Providers } from './app/providers';
import { createApolloClient } from './app/apollo';
import { AppRoutes, preloadPage } from './app/router';

const client = createApolloClient();
preloadPage(client, window.location.pathname);

// A language other than the built-in default is fetched first, so no text flashes in the other one.
// The first render is a transition: React yields between components instead of one long task.
void i18nReady.then(() => {
  const root = createRoot(document.getElementById('root')!);
  startTransition(() =>
    root.render(
      <StrictMode>
        <Providers client={client}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </Providers>
      </StrictMode>,
    ),
  );
});
