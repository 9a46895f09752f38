import type { ReactNode } from 'react';
import { Button, Center, Loader, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconMoodEmpty, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage, toAppError } from './errors';
import classes from './states.module.css';

/** A spinner with a spoken label, for small areas and whole-page waits. */
export function LoadingState({ label, minHeight = 160 }: { label?: string; minHeight?: number }) {
  const { t } = useTranslation();
  return (
    <Center mih={minHeight} role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="md" aria-hidden />
        <VisuallyHidden>{label ?? t('states.loading')}</VisuallyHidden>
      </Stack>
    </Center>
  );
}

/** Grey bars in the shape of a list while it loads. */
export function ListSkeleton({ rows = 5, height = 56 }: { rows?: number; height?: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" role="status" aria-live="polite" aria-label={t('states.loading')}>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={height} radius="md" />
      ))}
    </Stack>
  );
}

export function EmptyPanel({
  title,
  description,
  icon,
  action,
}: {
  title: string;
  description?: ReactNode;
  icon?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className={classes.empty}>
      <div className={classes.emptyIcon}>{icon ?? <IconMoodEmpty size={28} aria-hidden />}</div>
      <div className={classes.emptyBody}>
        <div className={classes.emptyTitle}>{title}</div>
        {description ? <p className={classes.emptyDescription}>{description}</p> : null}
        {action ? <div className={classes.emptyActions}>{action}</div> : null}
      </div>
    </div>
  );
}

/** A failed load: the translated reason and a way to try again. */
export function ErrorPanel({ error, onRetry }: { error: unknown; onRetry?: () => unknown }) {
  const { t } = useTranslation();
  const info = toAppError(error);
  return (
    <div className={classes.error} role="alert">
      <div className={classes.errorIcon}>
        <IconAlertTriangle aria-hidden />
      </div>
      <div className={classes.errorBody}>
        <div className={classes.errorTitle}>{t('states.errorTitle')}</div>
        <Stack gap="sm" align="flex-start" className={classes.errorMessage}>
          <span>{errorMessage(t, info)}</span>
          {onRetry ? (
            <Button
              size="xs"
              variant="white"
              color="red"
              leftSection={<IconRefresh size={16} aria-hidden />}
              onClick={() => void onRetry()}
            >
              {t('actions.retry')}
            </Button>
          ) : null}
        </Stack>
      </div>
    </div>
  );
}
