import { Box, Button, Container, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconPencil } from '@tabler/icons-react';
import { lazy, Suspense, useCallback, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useViewer, type Viewer } from '../../app/session';
import { MemberAvatar } from '../../ui/MemberAvatar';
import { PillTabs } from '../../ui/PillTabs';
import { RoleBadge } from '../../ui/badges';
import { ErrorPanel, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import type { CommunityQuery, FeedSort } from '../../gql/graphql';
import { PostFeed } from '../posts/PostFeed';
import { SpacesSidebar } from '../spaces/SpacesSidebar';
import { CommunityDocument } from '../community/graphql';
import { MyStandingDocument } from '../points/graphql';
import { RankChip } from '../points/RankChip';
import { formatNumber } from '../../ui/format';
import { loadLaterTexts } from '../../app/i18n';
import classes from './HomePage.module.css';

// Fetched beside its data: the panel shows only once the viewer's missions are in anyway.
const MissionsPanel = lazy(async () => {
  const [{ MissionsPanel }] = await Promise.all([
    import('../missions/MissionsPanel'),
    loadLaterTexts(),
  ]);
  return { default: MissionsPanel };
});

// Its texts and documents come with it; it shows nothing until a survey waits for the viewer.
// A card that cannot load leaves the home page as it is.
const SurveyCard = lazy(() =>
  import('../surveys/SurveyCard').catch(() => ({ default: () => null })),
);

type Community = CommunityQuery['community'];

function CommunityIntro({ community }: { community: Community }) {
  return (
    <Group align="flex-start" gap="lg" wrap="nowrap">
      {community.logoUrl ? (
        <Image src={community.logoUrl} alt="" w={72} h={72} radius="lg" fit="cover" />
      ) : null}
      <Stack gap="xs" style={{ minWidth: 0 }}>
        <Title order={1} className={classes.name}>
          {community.name}
        </Title>
        {community.description ? (
          <Text className="kizuna-pre" size="md" c="gray.8">
            {community.description}
          </Text>
        ) : null}
      </Stack>
    </Group>
  );
}

function VisitorHome({ community }: { community: Community }) {
  const { t } = useTranslation();
  const joinLabel =
    community.registrationMode === 'APPROVAL'
      ? t('home.requestToJoin')
      : community.registrationMode === 'INVITE'
        ? t('home.joinWithInvite')
        : t('home.join');
  return (
    <Paper className={classes.hero} radius="lg" p={{ base: 'lg', sm: 48 }} withBorder>
      <Stack gap="xl">
        <CommunityIntro community={community} />
        <Text c="dimmed">{t('home.visitorLead')}</Text>
        <Group gap="sm">
          <Button
            component={Link}
            to="/sign-up"
            size="md"
            rightSection={<IconArrowRight size={18} aria-hidden />}
          >
            {joinLabel}
          </Button>
          <Button component={Link} to="/sign-in" size="md" variant="default">
            {t('account.signIn')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

const TABS = ['latest', 'popular', 'unanswered'] as const;
type Tab = (typeof TABS)[number];
const SORT: Record<Tab, FeedSort> = {
  latest: 'LATEST',
  popular: 'POPULAR',
  unanswered: 'UNANSWERED',
};

function HomeFeed() {
  const { t } = useTranslation('posts');
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab: Tab = (TABS as readonly string[]).includes(raw ?? '') ? (raw as Tab) : 'latest';
  return (
    <PillTabs
      tabs={TABS.map((key) => ({ value: key, label: t(`feed.tabs.${key}`) }))}
      value={tab}
      onChange={(value) => {
        const next = new URLSearchParams(params);
        if (value === 'latest') next.delete('tab');
        else next.set('tab', value);
        setParams(next, { replace: true });
      }}
      label={t('feed.tabsLabel')}
    >
      <PostFeed
        key={tab}
        variables={{ sort: SORT[tab] }}
        newPosts={tab === 'latest' ? {} : undefined}
        emptyTitle={t(`feed.empty.${tab}.title`)}
        emptyBody={t(`feed.empty.${tab}.body`)}
        emptyAction={
          tab === 'unanswered' ? null : (
            <Button component={Link} to="/new" leftSection={<IconPencil size={16} aria-hidden />}>
              {t('feed.newPost')}
            </Button>
          )
        }
      />
    </PillTabs>
  );
}

const MY_POINTS_HEIGHT = 24;

/** The viewer's rank and lifetime points (kept live by PointsLive's refetch). */
function MyPoints() {
  const { t, i18n } = useTranslation('points');
  const { data, error } = useQuery(MyStandingDocument, { fetchPolicy: 'cache-and-network' });
  const me = data?.me;
  // Holds the line's height while the standing loads, so the buttons below do not move.
  if (!me) return data || error ? null : <Box h={MY_POINTS_HEIGHT} aria-hidden />;
  return (
    <Group gap="xs" justify="space-between">
      <RankChip rank={me.rank} size="sm" />
      <Text size="sm" fw={700} data-testid="home-points">
        {t('standing.points', { points: formatNumber(me.standing.lifetime, i18n.language) })}
      </Text>
    </Group>
  );
}

/** A community visible to visitors: the invitation to join, then what members are saying. */
function ReaderHome({ community }: { community: Community }) {
  return (
    <Stack gap="xl">
      <VisitorHome community={community} />
      <div className={classes.columns}>
        <div>
          <HomeFeed />
        </div>
        <div>
          <SpacesSidebar />
        </div>
      </div>
    </Stack>
  );
}

function MemberHome({ community, viewer }: { community: Community; viewer: Viewer }) {
  const { t } = useTranslation(['common', 'posts']);
  // The panels under the missions wait for them, so they are not pushed down when they arrive.
  const [belowMissions, setBelowMissions] = useState(false);
  const showBelowMissions = useCallback(() => setBelowMissions(true), []);
  return (
    <div className={classes.columns}>
      <div>
        <Stack gap="lg">
          <Group justify="space-between" align="center" gap="sm">
            <Group gap="md" wrap="nowrap" style={{ minWidth: 0 }}>
              <MemberAvatar
                displayName={viewer.displayName}
                avatarUrl={viewer.avatarUrl}
                size={48}
              />
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Title order={1} size="h3">
                  {t('home.welcome', { name: viewer.displayName })}
                </Title>
                <Text size="sm" c="dimmed" lineClamp={1}>
                  {community.name}
                </Text>
              </Stack>
            </Group>
            <Button component={Link} to="/new" leftSection={<IconPencil size={18} aria-hidden />}>
              {t('posts:feed.newPost')}
            </Button>
          </Group>
          <HomeFeed />
        </Stack>
      </div>
      <div>
        <Stack gap="md">
          <Paper withBorder radius="lg" p="md">
            <Stack gap="xs">
              <Group gap="sm" wrap="nowrap">
                <MemberAvatar
                  displayName={viewer.displayName}
                  avatarUrl={viewer.avatarUrl}
                  size={40}
                />
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text fw={700} lineClamp={1}>
                    {viewer.displayName}
                  </Text>
                  <Group gap={6}>
                    <Text size="xs" c="dimmed">
                      @{viewer.handle}
                    </Text>
                    <RoleBadge role={viewer.role} />
                  </Group>
                </Stack>
              </Group>
              <MyPoints />
              <Group gap="xs">
                <Button component={Link} to={`/members/${viewer.handle}`} variant="light" size="xs">
                  {t('account.myProfile')}
                </Button>
                <Button component={Link} to="/settings/profile" variant="default" size="xs">
                  {t('account.editProfile')}
                </Button>
              </Group>
            </Stack>
          </Paper>
          <Suspense fallback={null}>
            <SurveyCard />
          </Suspense>
          <Suspense fallback={null}>
            <MissionsPanel onSettled={showBelowMissions} />
          </Suspense>
          {belowMissions ? <SpacesSidebar /> : null}
          {belowMissions && community.description ? (
            <Paper withBorder radius="lg" p="md">
              <Stack gap={4}>
                <Title order={2} size="h5">
                  {t('posts:feed.about')}
                </Title>
                <Text size="sm" c="gray.8" className="kizuna-pre">
                  {community.description}
                </Text>
              </Stack>
            </Paper>
          ) : null}
        </Stack>
      </div>
    </div>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CommunityDocument);
  const { viewer } = useViewer();
  usePageTitle(viewer ? t('home.title') : null);

  return (
    <Container size="xl" py={{ base: 'lg', sm: 'xl' }} px={{ base: 'md', sm: 'lg' }}>
      {loading && !data ? <LoadingState /> : null}
      {error && !data ? <ErrorPanel error={error} onRetry={() => refetch()} /> : null}
      {data ? (
        viewer ? (
          <MemberHome community={data.community} viewer={viewer} />
        ) : data.community.visibleToVisitors ? (
          <ReaderHome community={data.community} />
        ) : (
          <VisitorHome community={data.community} />
        )
      ) : null}
    </Container>
  );
}
