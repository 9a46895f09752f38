import {
  Badge,
  Button,
  Container,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconArrowLeft, IconAward, IconUserQuestion } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RankChip } from '../points/RankChip';
import { Link, useParams } from 'react-router';
import { ErrorCode } from '@kizuna/shared';
import { errorCodeOf } from '../../ui/errors';
import { formatDate } from '../../ui/format';
import { MemberAvatar } from '../../ui/MemberAvatar';
import { Notice } from '../../ui/Notice';
import { Page } from '../../ui/Page';
import { EmptyPanel, ErrorPanel, ListSkeleton, LoadingState } from '../../ui/states';
import { usePageTitle } from '../../ui/usePageTitle';
import { BadgeIcon } from './BadgeIcon';
import { BadgeDocument, BadgesDocument } from './graphql';
import { badgeDescription, badgeName, criterionText } from './logic';
import { LoadMoreButton } from '../../ui/LoadMoreButton';

export const HOLDERS_PAGE_SIZE = 20;

/** Every badge members can earn, with how to earn it and how many hold it. */
export function BadgesPage() {
  const { t, i18n } = useTranslation(['badges', 'common']);
  const lang = i18n.language;
  const { data, error, refetch } = useQuery(BadgesDocument, {
    variables: { includeDisabled: false },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Page title={t('list.title')} description={t('list.lead')} size="lg">
      {error && !data ? <ErrorPanel error={error} onRetry={() => refetch()} /> : null}
      {!data && !error ? <ListSkeleton rows={4} height={88} /> : null}
      {data && data.badges.length === 0 ? (
        <EmptyPanel icon={<IconAward size={28} aria-hidden />} title={t('list.empty')} />
      ) : null}
      {data && data.badges.length > 0 ? (
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
          {data.badges.map((b) => (
            <Paper
              key={b.id}
              withBorder
              radius="md"
              p="md"
              component={Link}
              to={`/badges/${b.key}`}
              style={{ textDecoration: 'none', color: 'inherit' }}
              data-testid="badge-card"
              data-key={b.key}
            >
              <Group gap="md" wrap="nowrap" align="flex-start">
                <BadgeIcon icon={b.icon} size={52} />
                <Stack gap={4} style={{ minWidth: 0 }}>
                  <Text fw={700}>{badgeName(b, lang)}</Text>
                  <Text size="xs" c="dimmed">
                    {criterionText(t, b)}
                  </Text>
                  <Text size="xs" fw={600} data-testid="badge-holders">
                    {t('list.holders', { count: b.holderCount })}
                  </Text>
                </Stack>
              </Group>
            </Paper>
          ))}
        </SimpleGrid>
      ) : null}
    </Page>
  );
}

/** One badge: what it is for and who holds it (latest first, with more on demand). */
export function BadgePage() {
  const { t, i18n } = useTranslation(['badges', 'common']);
  const lang = i18n.language;
  const { key = '' } = useParams();
  const { data, error, loading, refetch, fetchMore, networkStatus } = useQuery(BadgeDocument, {
    variables: { key, first: HOLDERS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const badge = data?.badge;
  usePageTitle(badge ? badgeName(badge, lang) : loading ? null : t('page.notFoundTitle'));

  if (!badge && loading) return <LoadingState minHeight={320} />;
  if (!badge) {
    if (error && errorCodeOf(error) !== ErrorCode.NOT_FOUND) {
      return (
        <Container size="sm" py="xl">
          <ErrorPanel error={error} onRetry={() => refetch()} />
        </Container>
      );
    }
    return (
      <Container size="sm" py={64}>
        <Notice
          order={1}
          icon={<IconUserQuestion size={30} aria-hidden />}
          title={t('page.notFoundTitle')}
          actions={
            <Button component={Link} to="/badges" variant="light">
              {t('page.back')}
            </Button>
          }
        >
          {t('page.notFoundBody', { key })}
        </Notice>
      </Container>
    );
  }
  const description = badgeDescription(badge, lang);
  const holders = badge.holders.nodes;
  const pageInfo = badge.holders.pageInfo;

  return (
    <Container size="md" py={{ base: 'lg', sm: 'xl' }} px={{ base: 'md', sm: 'lg' }}>
      <Stack gap="lg">
        <UnstyledButton component={Link} to="/badges" c="dimmed" fz="sm">
          <Group gap={4}>
            <IconArrowLeft size={16} aria-hidden />
            {t('page.back')}
          </Group>
        </UnstyledButton>
        <Paper withBorder radius="lg" p={{ base: 'lg', sm: 32 }}>
          <Group gap="lg" wrap="nowrap" align="flex-start">
            <BadgeIcon icon={badge.icon} size={80} />
            <Stack gap={6} style={{ minWidth: 0 }}>
              <Title order={1} size="h2" data-testid="badge-name">
                {badgeName(badge, lang)}
              </Title>
              {description ? <Text className="kizuna-pre">{description}</Text> : null}
              <Group gap="xs">
                <Badge variant="light" tt="none">
                  {t('page.how')}: {criterionText(t, badge)}
                </Badge>
              </Group>
            </Stack>
          </Group>
        </Paper>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('page.holders', { count: badge.holderCount })}
          </Title>
          {holders.length === 0 ? (
            <EmptyPanel icon={<IconAward size={28} aria-hidden />} title={t('page.noHolders')} />
          ) : (
            <Paper withBorder radius="lg" p={0}>
              <Stack gap={0} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {holders.map((h) => (
                  <Group
                    key={h.member.id}
                    component="li"
                    gap="sm"
                    wrap="nowrap"
                    px="md"
                    py="sm"
                    style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
                    data-testid="badge-holder"
                  >
                    <MemberAvatar
                      displayName={h.member.displayName}
                      avatarUrl={h.member.avatarUrl}
                      size={36}
                    />
                    <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
                      <Text
                        component={Link}
                        to={`/members/${h.member.handle}`}
                        fw={600}
                        size="sm"
                        c="inherit"
                      >
                        {h.member.displayName}
                      </Text>
                      <RankChip rank={h.member.rank} size="xs" />
                      {h.reason ? (
                        <Text size="xs" c="dimmed" lineClamp={2}>
                          {t('profile.reason', { reason: h.reason })}
                        </Text>
                      ) : null}
                    </Stack>
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {t('page.since', { date: formatDate(h.grantedAt, lang) })}
                    </Text>
                  </Group>
                ))}
              </Stack>
            </Paper>
          )}
          <LoadMoreButton
            pageInfo={pageInfo}
            loading={networkStatus === NetworkStatus.fetchMore}
            onLoadMore={(after) => fetchMore({ variables: { after } })}
          />
        </Stack>
      </Stack>
    </Container>
  );
}
