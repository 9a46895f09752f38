import { Component, type ReactNode } from 'react';
import { Button, Container } from '@mantine/core';
import { IconBug, IconCompass, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Notice } from '../ui/Notice';
import { usePageTitle } from '../ui/usePageTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <Container size="sm" py={64}>
      <Notice
        order={1}
        icon={<IconCompass size={30} aria-hidden />}
        title={t('notFound.title')}
        actions={
          <Button component={Link} to="/">
            {t('actions.backHome')}
          </Button>
        }
      >
        {t('notFound.description')}
      </Notice>
    </Container>
  );
}

export function NoPermissionPage() {
  const { t } = useTranslation();
  usePageTitle(t('noPermission.title'));
  return (
    <Container size="sm" py={64}>
      <Notice
        order={1}
        color="orange"
        icon={<IconLock size={30} aria-hidden />}
        title={t('noPermission.title')}
        actions={
          <Button component={Link} to="/" variant="light">
            {t('actions.backHome')}
          </Button>
        }
      >
        {t('noPermission.description')}
      </Notice>
    </Container>
  );
}

/** Shown when rendering a route throws (a bug); keeps the visitor oriented. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py={64}>
      <Notice
        order={1}
        color="red"
        icon={<IconBug size={30} aria-hidden />}
        title={t('crash.title')}
        actions={<Button onClick={() => window.location.reload()}>{t('actions.reload')}</Button>}
      >
        {t('crash.description')}
      </Notice>
    </Container>
  );
}

class ErrorBoundary extends Component<
  { pathname: string; children: ReactNode },
  { failed: boolean; pathname: string }
> {
  override state = { failed: false, pathname: this.props.pathname };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  static getDerivedStateFromProps(
    props: { pathname: string },
    state: { failed: boolean; pathname: string },
  ) {
    return props.pathname === state.pathname ? null : { failed: false, pathname: props.pathname };
  }

  override render() {
    return this.state.failed ? <RouteErrorPage /> : this.props.children;
  }
}

/** Catches a route that throws while rendering; going to another page clears the error. */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <ErrorBoundary pathname={pathname}>{children}</ErrorBoundary>;
}
