import { Button, Container } from '@mantine/core';
import { IconBug, IconCompass, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
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
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
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
