import { Button, Container, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCompass, IconPencil, IconPin } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorCode } from '@kizuna/shared';
import { errorCodeOf } from '../../ui/errors';
import { Notice } from '../../ui/Notice';
import { EmptyPanel, ErrorPanel, ListSkeleton, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { Page } from '../../ui/Page';
import { PostFeed } from '../posts/PostFeed';
import { PostsDocument } from '../posts/graphql';
import { SpaceIcon } from './SpaceBadge';
import { FollowSpaceButton } from './FollowSpaceButton';
import { SpaceDocument, SpacesDocument, SPACES_PAGE_SIZE } from './graphql';
import { spaceDescription, spaceName } from './spaceText';
import { SpacesSidebar } from './SpacesSidebar';
import { useMemberAction } from '../auth/SignInPrompt';

function NotFound({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <Container size="sm" py={64}>
      <Notice
        order={1}
        icon={<IconCompass size={30} aria-hidden />}
        title={title}
        actions={
          <Button component={Link} to="/" variant="light">
            {t('actions.backHome')}
          </Button>
        }
      >
        {body}
      </Notice>
    </Container>
  );
}

/** `/s/:slug`: pinned posts, then the latest. */
export function SpacePage() {
  const { t, i18n } = useTranslation(['spaces', 'posts']);
  const { slug = '' } = useParams();
  const { data, error, refetch } = useQuery(SpaceDocument, { variables: { slug } });
  const pinned = useQuery(PostsDocument, {
    variables: { spaceSlug: slug, pinned: true, sort: 'LATEST', first: 10 },
    fetchPolicy: 'cache-and-network',
  });
  const space = data?.space;
  const member = useMemberAction();
  usePageTitle(space ? spaceName(space, i18n.language) : null);

  if (error && !space) {
    if (errorCodeOf(error) === ErrorCode.NOT_FOUND) {
      return <NotFound title={t('page.notFoundTitle')} body={t('page.notFoundBody')} />;
    }
    return (
      <Container size="sm" py="xl">
        <ErrorPanel error={error} onRetry={() => refetch()} />
      </Container>
    );
  }
  if (!space) return <LoadingState minHeight={320} />;
  const pinnedIds = new Set((pinned.data?.posts.nodes ?? []).map((p) => p.id));
  const newPost =
    space.viewerCanPost && !space.archivedAt ? (
      <Button
        component={Link}
        to={`/s/${space.slug}/new`}
        leftSection={<IconPencil size={18} aria-hidden />}
      >
        {t('posts:feed.newPost')}
      </Button>
    ) : member.isVisitor && !space.archivedAt ? (
      <Button onClick={member.ask} leftSection={<IconPencil size={18} aria-hidden />}>
        {t('posts:feed.newPost')}
      </Button>
    ) : null;

  return (
    <Container size="xl" py={{ base: 'lg', sm: 'xl' }} px={{ base: 'md', sm: 'lg' }}>
      {member.prompt}
      <Stack gap="lg">
        <Paper
          withBorder
          radius="lg"
          p={{ base: 'md', sm: 'xl' }}
          style={{ borderTop: `4px solid ${space.color}` }}
        >
          <Group justify="space-between" align="center" gap="md">
            <Group gap="md" wrap="nowrap" style={{ minWidth: 0 }}>
              <SpaceIcon space={space} size={56} />
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Title order={1}>{spaceName(space, i18n.language)}</Title>
                {spaceDescription(space, i18n.language) ? (
                  <Text c="dimmed" size="sm">
                    {spaceDescription(space, i18n.language)}
                  </Text>
                ) : null}
                {space.archivedAt ? (
                  <Text c="orange" size="sm" fw={600}>
                    {t('page.archived')}
                  </Text>
                ) : null}
              </Stack>
            </Group>
            <Group gap="sm">
              <FollowSpaceButton space={space} />
              {newPost}
            </Group>
          </Group>
        </Paper>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="xl" style={{ alignItems: 'start' }}>
          <Stack gap="lg" style={{ gridColumn: 'span 2' }}>
            {pinned.data && pinned.data.posts.nodes.length > 0 ? (
              <Stack gap="xs" component="section" aria-labelledby="pinned-title">
                <Group gap={6}>
                  <IconPin size={18} aria-hidden />
                  <Title order={2} size="h4" id="pinned-title">
                    {t('page.pinned')}
                  </Title>
                </Group>
                <PostFeed
                  variables={{ spaceSlug: slug, pinned: true, sort: 'LATEST' }}
                  pageSize={10}
                  hideWhenEmpty
                  showSpace={false}
                  emptyTitle=""
                />
              </Stack>
            ) : null}
            <Stack gap="xs" component="section" aria-labelledby="latest-title">
              <Title order={2} size="h4" id="latest-title">
                {t('page.latest')}
              </Title>
              <PostFeed
                variables={{ spaceSlug: slug, sort: 'LATEST' }}
                exclude={pinnedIds}
                showSpace={false}
                newPosts={{ spaceId: space.id }}
                emptyTitle={t('page.emptyTitle')}
                emptyBody={space.viewerCanPost ? t('page.emptyBody') : undefined}
                emptyAction={newPost}
              />
            </Stack>
          </Stack>
          <SpacesSidebar />
        </SimpleGrid>
      </Stack>
    </Container>
  );
}

/** `/spaces`: every space the viewer can see. */
export function SpacesPage() {
  const { t, i18n } = useTranslation('spaces');
  const { data, error, refetch } = useQuery(SpacesDocument, {
    variables: { first: SPACES_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const spaces = (data?.spaces.nodes ?? []).filter((s) => !s.archivedAt);
  return (
    <Page title={t('list.title')} description={t('list.lead')} size="xl">
      {error && !data ? <ErrorPanel error={error} onRetry={() => refetch()} /> : null}
      {!data && !error ? <ListSkeleton rows={3} height={96} /> : null}
      {data && spaces.length === 0 ? (
        <EmptyPanel title={t('list.emptyTitle')} description={t('list.emptyBody')} />
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {spaces.map((space) => (
          <Paper
            key={space.id}
            component={Link}
            to={`/s/${space.slug}`}
            withBorder
            radius="lg"
            p="lg"
            style={{
              borderLeft: `4px solid ${space.color}`,
              textDecoration: 'none',
              color: 'inherit',
            }}
            data-testid="space-card"
          >
            <Group gap="md" wrap="nowrap" align="flex-start">
              <SpaceIcon space={space} size={44} />
              <Stack gap={4} style={{ minWidth: 0 }}>
                <Text fw={700} size="lg">
                  {spaceName(space, i18n.language)}
                </Text>
                <Text size="sm" c="dimmed" lineClamp={3}>
                  {spaceDescription(space, i18n.language) || t('list.noDescription')}
                </Text>
              </Stack>
            </Group>
          </Paper>
        ))}
      </SimpleGrid>
    </Page>
  );
}

/** `/tags/:tag`. */
export function TagPage() {
  const { t } = useTranslation('posts');
  const { tag = '' } = useParams();
  return (
    <Page title={`#${tag}`} description={t('tags.lead', { tag })} size="md">
      <PostFeed
        variables={{ tag, sort: 'LATEST' }}
        emptyTitle={t('tags.emptyTitle')}
        emptyBody={t('tags.emptyBody', { tag })}
      />
    </Page>
  );
}
