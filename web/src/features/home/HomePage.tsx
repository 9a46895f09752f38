import {
  Button,
  Card,
  Container,
  Group,
  Image,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { navItemsFor } from '../../app/nav';
import { useViewer, type Viewer } from '../../app/session';
import { MemberAvatar } from '../../ui/MemberAvatar';
import { RoleBadge } from '../../ui/badges';
import { ErrorPanel, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import type { CommunityQuery } from '../../gql/graphql';
import { CommunityDocument } from '../community/graphql';
import classes from './HomePage.module.css';

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

function MemberHome({ community, viewer }: { community: Community; viewer: Viewer }) {
  const { t } = useTranslation();
  const manage = navItemsFor(viewer, 'manage');
  return (
    <Stack gap="xl">
      <Paper className={classes.hero} radius="lg" p={{ base: 'lg', sm: 40 }} withBorder>
        <Stack gap="lg">
          <Group gap="md" wrap="nowrap">
            <MemberAvatar displayName={viewer.displayName} avatarUrl={viewer.avatarUrl} size={56} />
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text size="lg" fw={700}>
                {t('home.welcome', { name: viewer.displayName })}
              </Text>
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  @{viewer.handle}
                </Text>
                <RoleBadge role={viewer.role} />
              </Group>
            </Stack>
          </Group>
          <CommunityIntro community={community} />
          <Group gap="sm">
            <Button component={Link} to={`/members/${viewer.handle}`} variant="light">
              {t('account.myProfile')}
            </Button>
            <Button component={Link} to="/settings/profile" variant="default">
              {t('account.editProfile')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      {manage.length > 0 ? (
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('home.manageTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
            {manage.map((item) => (
              <Card
                key={item.id}
                component={Link}
                to={item.to}
                withBorder
                radius="md"
                padding="md"
                className={classes.tile}
              >
                <Group gap="sm" wrap="nowrap">
                  <ThemeIcon variant="light" size={40} radius="md">
                    <item.icon size={22} aria-hidden />
                  </ThemeIcon>
                  <Text fw={600}>{t(item.label)}</Text>
                </Group>
              </Card>
            ))}
          </SimpleGrid>
        </Stack>
      ) : null}
    </Stack>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CommunityDocument);
  const { viewer } = useViewer();
  usePageTitle(viewer ? t('home.title') : null);

  return (
    <Container size="lg" py={{ base: 'lg', sm: 'xl' }} px={{ base: 'md', sm: 'lg' }}>
      {loading && !data ? <LoadingState /> : null}
      {error && !data ? <ErrorPanel error={error} onRetry={() => refetch()} /> : null}
      {data ? (
        viewer ? (
          <MemberHome community={data.community} viewer={viewer} />
        ) : (
          <VisitorHome community={data.community} />
        )
      ) : null}
    </Container>
  );
}
