import { Anchor, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { SpaceIcon } from './SpaceBadge';
import { SpacesDocument, SPACES_PAGE_SIZE } from './graphql';
import { spaceName } from './spaceText';
import classes from './SpacesSidebar.module.css';

/** The spaces the viewer can see, as a list of links (home sidebar). */
export function SpacesSidebar() {
  const { t, i18n } = useTranslation('spaces');
  const { data, error } = useQuery(SpacesDocument, { variables: { first: SPACES_PAGE_SIZE } });
  const spaces = (data?.spaces.nodes ?? []).filter((s) => !s.archivedAt);
  return (
    <Paper withBorder radius="lg" p="md" component="nav" aria-labelledby="spaces-sidebar-title">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h5" id="spaces-sidebar-title">
            {t('sidebar.title')}
          </Title>
          <Anchor component={Link} to="/spaces" size="xs">
            {t('sidebar.all')}
          </Anchor>
        </Group>
        {!data && !error ? (
          <Stack gap={6}>
            <Skeleton h={28} />
            <Skeleton h={28} />
            <Skeleton h={28} />
          </Stack>
        ) : null}
        {error && !data ? (
          <Text size="sm" c="dimmed">
            {t('sidebar.error')}
          </Text>
        ) : null}
        {data && spaces.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('sidebar.empty')}
          </Text>
        ) : null}
        <Stack gap={2} component="ul" className={classes.list}>
          {spaces.map((space) => (
            <li key={space.id}>
              <NavLink to={`/s/${space.slug}`} className={classes.link}>
                <Group gap="sm" wrap="nowrap">
                  <SpaceIcon space={space} size={26} />
                  <Text size="sm" fw={600} lineClamp={1} inherit>
                    {spaceName(space, i18n.language)}
                  </Text>
                </Group>
              </NavLink>
            </li>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
