import { Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../ui/Page';
import { ErrorPanel } from '../../ui/states';
import { formatNumber } from '../../ui/format';
import { manageGroupsFor, navItemsFor, type NavItem, type NavLabelT } from '../nav';
import { useViewer } from '../session';
import { CONSOLE_NAV_ITEMS } from './items';
import { usePendingWork } from './usePendingWork';

function PendingWorkPanel() {
  const { t, i18n } = useTranslation();
  const label = (item: NavItem) => (t as NavLabelT)(item.label);
  const { viewer } = useViewer();
  const { counts, loading, error, refetch } = usePendingWork(viewer);
  const items = navItemsFor(viewer, 'manage', CONSOLE_NAV_ITEMS).filter((item) => item.pending);
  if (items.length === 0) return null;

  let body;
  if (loading) {
    body = <Skeleton height={96} radius="md" />;
  } else if (error) {
    body = <ErrorPanel error={error} onRetry={refetch} />;
  } else if (items.every((item) => !counts[item.pending!])) {
    body = (
      <Group gap="xs" c="dimmed" data-testid="pending-none">
        <IconCircleCheck size={20} aria-hidden />
        <Text size="sm">{t('console.pendingNone')}</Text>
      </Group>
    );
  } else {
    body = (
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
        {items.map((item) => {
          const count = counts[item.pending!] ?? 0;
          return (
            <Paper
              key={item.id}
              withBorder
              radius="md"
              p="md"
              data-testid="pending-work"
              data-kind={item.pending}
            >
              <Stack gap="xs">
                <Group gap="xs" wrap="nowrap">
                  <item.icon size={18} aria-hidden />
                  <Text fw={600}>{label(item)}</Text>
                </Group>
                <Text size="xl" fw={700} data-testid="pending-work-count">
                  {t('console.pendingCount', {
                    count,
                    formatted: formatNumber(count, i18n.language),
                  })}
                </Text>
                <Button
                  component={Link}
                  to={item.to}
                  variant="light"
                  size="xs"
                  rightSection={<IconArrowRight size={14} aria-hidden />}
                  aria-label={`${t('console.review')}: ${label(item)}`}
                  w="fit-content"
                >
                  {t('console.review')}
                </Button>
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
    );
  }
  return (
    <Stack gap="sm" component="section" aria-labelledby="console-pending">
      <Title order={2} size="h3" id="console-pending">
        {t('console.pendingTitle')}
      </Title>
      {body}
    </Stack>
  );
}

/** The console's landing page: what waits for staff, then every staff page by job. */
export function ConsoleOverviewPage() {
  const { t } = useTranslation();
  const label = (item: NavItem) => (t as NavLabelT)(item.label);
  const { viewer } = useViewer();
  return (
    <Page title={t('console.title')} description={t('console.description')} size="xl">
      <PendingWorkPanel />
      <Stack gap="sm" component="section" aria-labelledby="console-sections">
        <Title order={2} size="h3" id="console-sections">
          {t('console.sectionsTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {manageGroupsFor(viewer, CONSOLE_NAV_ITEMS).map(({ group, items }) => (
            <Paper key={group} withBorder radius="md" p="md" data-testid="console-group">
              <Title order={3} size="h5" mb="xs">
                {t(`nav.groups.${group}`)}
              </Title>
              <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {items.map((item) => (
                  <li key={item.id}>
                    <Button
                      component={Link}
                      to={item.to}
                      variant="subtle"
                      size="compact-sm"
                      leftSection={<item.icon size={16} aria-hidden />}
                    >
                      {label(item)}
                    </Button>
                  </li>
                ))}
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
      </Stack>
    </Page>
  );
}
